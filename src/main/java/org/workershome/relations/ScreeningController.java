package org.workershome.relations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.form.Forms;
import org.workershome.core.org.OrgDirectory;

/** The cadre's screening pages: the tasks, one task to fill on a phone, making a task now. */
@Controller
@RequestMapping("/relations")
class ScreeningController {

    private final ScreeningManagement screenings;
    private final TemplateManagement templates;
    private final WarningManagement warnings;
    private final ScreeningEvidence evidence;
    private final RelationsViews views;
    private final OrgDirectory orgs;
    private final Access access;
    private final Forms forms;
    private final ScreeningTasks tasks;

    ScreeningController(ScreeningManagement screenings, ScreeningTasks tasks, TemplateManagement templates, WarningManagement warnings,
            ScreeningEvidence evidence, RelationsViews views, OrgDirectory orgs, Access access, Forms forms) {
        this.screenings = screenings;
        this.tasks = tasks;
        this.templates = templates;
        this.warnings = warnings;
        this.evidence = evidence;
        this.views = views;
        this.orgs = orgs;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping
    String index(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.require(user, RelationsModule.SCREEN);
        model.addAttribute("tasks", screenings.openTasks());
        model.addAttribute("submitted", screenings.recentlySubmitted());
        model.addAttribute("warnings", warnings.open());
        model.addAttribute("templates", templates.active());
        model.addAttribute("units", views.unitsInScope());
        model.addAttribute("orgNames", views.names());
        model.addAttribute("requestToken", UUID.randomUUID().toString());
        model.addAttribute("mayManage", access.may(user, RelationsModule.MANAGE));
        return "relations/index";
    }

    @PostMapping("/screenings")
    String open(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) Long templateId, @RequestParam(required = false) String requestToken,
            Model model) {
        access.require(user, RelationsModule.SCREEN);
        return forms.submit(model, () -> {
            if (orgId == null) {
                throw org.workershome.core.error.InvalidInput.field("orgId", "relations.org.required");
            }
            return "redirect:/relations/screenings/" + tasks.open(user, orgId, templateId, requestToken).getId();
        }, () -> index(user, model));
    }

    @GetMapping("/screenings/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        return show(user, screenings.get(id), Map.of(), model);
    }

    @PostMapping("/screenings/{id}")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model) {
        Map<Long, RiskScreening.Finding> findings = new HashMap<>();
        RiskScreening screening = screenings.get(id);
        for (ScreeningAnswer answer : screening.getAnswers()) {
            String value = params.get("risk" + answer.getCheckpointId());
            if ("RISK".equals(value) || "OK".equals(value)) {
                findings.put(answer.getCheckpointId(),
                        new RiskScreening.Finding("RISK".equals(value), params.get("note" + answer.getCheckpointId())));
            }
        }
        return forms.submit(model, () -> {
            screenings.submit(user, id, findings, photos, params.get("requestToken"));
            return "redirect:/relations/screenings/" + id + "?submitted";
        }, () -> show(user, screening, params, model));
    }

    @GetMapping("/screenings/{id}/photos/{attachmentId}")
    ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable long attachmentId) {
        return evidence.download(id, attachmentId);
    }

    private String show(CurrentUser user, RiskScreening screening, Map<String, String> sent, Model model) {
        model.addAttribute("screening", screening);
        model.addAttribute("orgName", orgs.nameOf(screening.getOrgId()));
        model.addAttribute("mayFill", screening.getStatus() == RiskScreening.Status.OPEN
                && access.may(user, RelationsModule.SCREEN, screening.getOrgId()));
        model.addAttribute("sent", sent);
        model.addAttribute("photos", evidence.of(screening));
        model.addAttribute("requestToken", sent.getOrDefault("requestToken", UUID.randomUUID().toString()));
        return "relations/screening";
    }
}
