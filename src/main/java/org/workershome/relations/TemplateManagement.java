package org.workershome.relations;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.NotFound;

/** Screening templates and their checkpoints, edited by admins; a task already made keeps its copy. */
@Service
class TemplateManagement {

    private final ScreeningTemplates templates;
    private final Access access;

    TemplateManagement(ScreeningTemplates templates, Access access) {
        this.templates = templates;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<ScreeningTemplate> all() {
        List<ScreeningTemplate> all = templates.findAllByOrderById();
        all.forEach(t -> t.getCheckpoints().size());
        return all;
    }

    @Transactional(readOnly = true)
    public List<ScreeningTemplate> active() {
        return templates.findByActiveTrueOrderById();
    }

    @Transactional
    public ScreeningTemplate create(CurrentUser user, String name, ScreeningTemplate.Period period) {
        access.require(user, RelationsModule.MANAGE);
        return templates.save(new ScreeningTemplate(name, period));
    }

    @Transactional
    public void rename(CurrentUser user, Long id, String name, ScreeningTemplate.Period period, boolean active) {
        access.require(user, RelationsModule.MANAGE);
        get(id).rename(name, period, active);
    }

    @Transactional
    public Checkpoint addCheckpoint(CurrentUser user, Long templateId, Dimension dimension, String text, int weight) {
        access.require(user, RelationsModule.MANAGE);
        ScreeningTemplate template = get(templateId);
        Checkpoint added = template.add(dimension, text, weight);
        templates.saveAndFlush(template);
        return added;
    }

    @Transactional
    public void editCheckpoint(CurrentUser user, Long templateId, Long checkpointId, Dimension dimension, String text,
            int weight) {
        access.require(user, RelationsModule.MANAGE);
        get(templateId).checkpoint(checkpointId).edit(dimension, text, weight);
    }

    @Transactional
    public void removeCheckpoint(CurrentUser user, Long templateId, Long checkpointId) {
        access.require(user, RelationsModule.MANAGE);
        get(templateId).remove(checkpointId);
    }

    private ScreeningTemplate get(Long id) {
        return templates.findById(id).orElseThrow(NotFound.of("screening-template", id));
    }
}
