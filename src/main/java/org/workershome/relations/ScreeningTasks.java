package org.workershome.relations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.calendar.WorkingDays;
import org.workershome.core.error.Conflict;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.Org;
import org.workershome.core.org.OrgManagement;
import org.workershome.core.org.OrgType;
import org.workershome.core.time.Times;

/**
 * Screening tasks are made per grassroots unit and period by the schedule ({@link RiskJob}), or by a cadre at once;
 * each is due in working days and announced ({@link ScreeningAssigned}).
 */
@Service
class ScreeningTasks {

    private final RiskScreenings screenings;
    private final ScreeningTemplates templates;
    private final OrgManagement orgs;
    private final IdempotentSubmissions submissions;
    private final WorkingDays workingDays;
    private final RelationsProperties properties;
    private final ApplicationEventPublisher events;
    private final Access access;
    private final Clock clock;

    ScreeningTasks(RiskScreenings screenings, ScreeningTemplates templates, OrgManagement orgs,
            IdempotentSubmissions submissions, WorkingDays workingDays, RelationsProperties properties,
            ApplicationEventPublisher events, Access access, Clock clock) {
        this.screenings = screenings;
        this.templates = templates;
        this.orgs = orgs;
        this.submissions = submissions;
        this.workingDays = workingDays;
        this.properties = properties;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** The period a scheduled task of the template covers on this day: "2026-12" or "2026-Q4". */
    static String periodOf(ScreeningTemplate.Period period, LocalDate day) {
        return switch (period) {
            case MONTHLY -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
            case QUARTERLY -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
        };
    }

    /** For the job (as the system): this period's task of every active template for every active grassroots unit. */
    @Transactional
    public int scheduleDue() {
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        List<Org> units = orgs.tree().stream().filter(o -> o.isActive() && o.getType() == OrgType.GRASSROOTS).toList();
        List<RiskScreening> made = new ArrayList<>();
        for (ScreeningTemplate template : templates.findByActiveTrueOrderById()) {
            String label = periodOf(template.getPeriod(), today);
            for (Org unit : units) {
                if (!screenings.existsByTemplateIdAndOrgIdAndPeriodLabel(template.getId(), unit.getId(), label)) {
                    made.add(newTask(unit.getId(), template, label));
                }
            }
        }
        announce(made);
        return made.size();
    }

    /** A task made by a cadre now, labelled with today's date; one per unit, template and day. */
    public RiskScreening open(CurrentUser user, Long orgId, Long templateId, String requestToken) {
        access.require(user, RelationsModule.SCREEN, orgId);
        return submissions.submit(requestToken, "relations.screening.open", () -> {
            ScreeningTemplate template = templates.findById(templateId == null ? -1 : templateId)
                    .filter(ScreeningTemplate::isActive)
                    .orElseThrow(() -> org.workershome.core.error.InvalidInput.field("templateId", "relations.template.unknown"));
            String label = LocalDate.now(clock.withZone(Times.ZONE)).toString();
            if (screenings.existsByTemplateIdAndOrgIdAndPeriodLabel(template.getId(), orgId, label)) {
                throw new Conflict("relations.screening.exists");
            }
            RiskScreening task = newTask(orgId, template, label);
            announce(List.of(task));
            return task;
        }, RiskScreening::getId, id -> screenings.findById(Long.valueOf(id))).value();
    }

    private RiskScreening newTask(Long orgId, ScreeningTemplate template, String label) {
        Instant now = clock.instant();
        return screenings.save(new RiskScreening(orgId, template, label, now,
                workingDays.deadline(now, properties.screeningWorkingDays())));
    }

    private void announce(List<RiskScreening> made) {
        if (!made.isEmpty()) {
            events.publishEvent(new ScreeningAssigned(made.stream()
                    .map(s -> new ScreeningAssigned.Task(s.getId(), s.getOrgId(), s.getPeriodLabel())).toList()));
        }
    }
}
