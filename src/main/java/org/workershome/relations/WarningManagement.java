package org.workershome.relations;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.calendar.WorkingDays;
import org.workershome.core.error.NotFound;
import org.workershome.core.workflow.Timeline;

/** Raising, answering and escalating warnings; each step on the warning's timeline. */
@Service
class WarningManagement {

    private final Warnings warnings;
    private final Timeline timeline;
    private final WorkingDays workingDays;
    private final RelationsProperties properties;
    private final ApplicationEventPublisher events;
    private final Access access;
    private final Clock clock;

    WarningManagement(Warnings warnings, Timeline timeline, WorkingDays workingDays, RelationsProperties properties,
            ApplicationEventPublisher events, Access access, Clock clock) {
        this.warnings = warnings;
        this.timeline = timeline;
        this.workingDays = workingDays;
        this.properties = properties;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    Warning raise(Long orgId, RiskLevel level, RiskLevel previous, int score) {
        Instant now = clock.instant();
        Warning warning = warnings.save(new Warning(orgId, level, previous, score, now,
                workingDays.deadline(now, properties.acknowledgeWorkingDays())));
        timeline.record(Warning.TIMELINE, warning.getId(), orgId, WarningAction.RAISE, null, WarningStatus.RAISED, null);
        events.publishEvent(new WarningRaised(warning.getId(), orgId, level, score));
        return warning;
    }

    /** A warning the caller can see; otherwise (another province's) 404. */
    @Transactional(readOnly = true)
    public Warning get(Long id) {
        return warnings.findById(id).orElseThrow(NotFound.of("warning", id));
    }

    @Transactional
    public Warning act(CurrentUser user, Long id, WarningAction action, String plan) {
        Warning warning = get(id);
        access.require(user, RelationsModule.SCREEN, warning.getOrgId());
        Instant now = clock.instant();
        WarningStatus from = switch (action) {
            case ACKNOWLEDGE -> warning.acknowledge(now,
                    workingDays.deadline(warning.getRaisedAt(), properties.planWorkingDays()));
            case SUBMIT_PLAN -> warning.submitPlan(plan, now);
            case CLOSE -> warning.close(now);
            default -> throw new org.workershome.core.workflow.TransitionNotAllowed(warning.getStatus(), action);
        };
        timeline.record(Warning.TIMELINE, id, warning.getOrgId(), action, from, warning.getStatus(),
                action == WarningAction.SUBMIT_PLAN ? warning.getPlan() : null);
        return warning;
    }

    /** For the job: escalates the warning if its deadline has passed (checked again inside its transaction). */
    @Transactional
    public boolean escalateIfOverdue(Long id) {
        Warning warning = get(id);
        if (!warning.isOverdueAt(clock.instant())) {
            return false;
        }
        WarningStatus from = warning.escalate(clock.instant());
        timeline.record(Warning.TIMELINE, id, warning.getOrgId(), WarningAction.ESCALATE, from, warning.getStatus(), null);
        events.publishEvent(new WarningEscalated(id, warning.getOrgId(), warning.getLevel()));
        return true;
    }

    @Transactional(readOnly = true)
    public List<Long> overdueIds() {
        return warnings.findDueIds(EnumSet.of(WarningStatus.RAISED, WarningStatus.ACKNOWLEDGED), clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Warning> ofOrg(Long orgId) {
        return warnings.findByOrgIdOrderByRaisedAtDescIdDesc(orgId);
    }

    @Transactional(readOnly = true)
    public List<Warning> open() {
        return warnings.findTop50ByStatusNotOrderByRaisedAtDescIdDesc(WarningStatus.CLOSED);
    }

    @Transactional(readOnly = true)
    public List<org.workershome.core.workflow.TimelineEntry> timelineOf(Long id) {
        return timeline.of(Warning.TIMELINE, id);
    }
}
