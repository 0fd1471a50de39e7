package org.workershome.relations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.calendar.WorkingDays;
import org.workershome.core.error.NotFound;
import org.workershome.core.module.BeforeCommit;
import org.workershome.core.notification.Notifications;
import org.workershome.core.notification.Text;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.time.Times;
import org.workershome.core.workflow.Timeline;

/**
 * Follow-up of agreements (履行回访): the first visit is due a number of working days after the agreement; a visit
 * finding it partly performed schedules the next; one finding it not performed lets the case handler refer the
 * dispute to arbitration. Overdue visits are reminded once, by {@link AgreementFollowUpJob}, to the unit's case handlers and
 * the mediator.
 */
@Service
class FollowUpManagement {

    private final AgreementFollowUps followUps;
    private final Disputes disputes;
    private final DisputeManagement management;
    private final WorkingDays workingDays;
    private final Timeline timeline;
    private final Notifications notifications;
    private final PermissionHolders holders;
    private final OrgDirectory orgs;
    private final RelationsProperties properties;
    private final Clock clock;

    FollowUpManagement(AgreementFollowUps followUps, Disputes disputes, DisputeManagement management, WorkingDays workingDays,
            Timeline timeline, Notifications notifications, PermissionHolders holders, OrgDirectory orgs,
            RelationsProperties properties, Clock clock) {
        this.followUps = followUps;
        this.disputes = disputes;
        this.management = management;
        this.workingDays = workingDays;
        this.timeline = timeline;
        this.notifications = notifications;
        this.holders = holders;
        this.orgs = orgs;
        this.properties = properties;
        this.clock = clock;
    }

    /** An agreement reached: its first follow-up visit, in the act's transaction. */
    @BeforeCommit
    void on(DisputeConcluded concluded) {
        if (concluded.status() == Dispute.Status.AGREED) {
            schedule(disputes.findById(concluded.disputeId()).orElseThrow(), today());
        }
    }

    private AgreementFollowUp schedule(Dispute dispute, LocalDate from) {
        return followUps.save(new AgreementFollowUp(dispute, workingDays.plusWorkingDays(from, properties.followUpWorkingDays()),
                clock.instant()));
    }

    /** Records what a visit found, as a case handler or mediator of the unit; partly performed → the next visit. */
    @Transactional
    public AgreementFollowUp record(CurrentUser user, Long disputeId, Long followUpId, Dispute.Performance result,
            LocalDate visitedOn, String note) {
        Dispute dispute = management.get(disputeId);
        management.requireMediating(user, dispute);
        AgreementFollowUp followUp = followUps.findById(followUpId).filter(f -> f.getDisputeId().equals(disputeId))
                .orElseThrow(NotFound.of("followUp", followUpId));
        followUp.record(result, visitedOn, note, user.displayName(), today());
        Dispute.Status from = dispute.performed(result);
        timeline.recordWithText(Dispute.TIMELINE, disputeId, dispute.getOrgId(), Dispute.Action.FOLLOW_UP, from,
                dispute.getStatus(), Text.of("relations.followUp.timeline." + result, followUp.getNote() == null ? ""
                        : followUp.getNote()));
        if (result == Dispute.Performance.PARTLY) {
            schedule(dispute, visitedOn.isAfter(today()) ? visitedOn : today());
        }
        return followUp;
    }

    @Transactional(readOnly = true)
    public List<AgreementFollowUp> of(Long disputeId) {
        return followUps.findByDisputeIdOrderByDueOnAscIdAsc(disputeId);
    }

    /** Ids of visits past their date and not yet reminded (the job's list). */
    @Transactional(readOnly = true)
    public List<Long> overdueIds() {
        return followUps.findOverdueUnremindedIds(today());
    }

    /** Reminds the unit's case handlers and the mediator of one overdue visit, once. */
    @Transactional
    public boolean remindIfOverdue(Long id) {
        AgreementFollowUp followUp = followUps.findById(id).orElse(null);
        if (followUp == null || followUp.getRemindedAt() != null || !followUp.isOverdueOn(today())) {
            return false;
        }
        Dispute dispute = disputes.findById(followUp.getDisputeId()).orElseThrow();
        Set<Long> to = new LinkedHashSet<>(holders.of(RelationsModule.DISPUTES, dispute.getOrgId()));
        if (dispute.getMediatorAccountId() != null) {
            to.add(dispute.getMediatorAccountId());
        }
        if (!to.isEmpty()) {
            notifications.notifyAll(to, Text.of("relations.notify.followUpOverdue", orgs.nameOf(dispute.getOrgId()),
                    dispute.getEmployerParty(), followUp.getDueOn().toString()), null,
                    "/relations/disputes/" + dispute.getId() + "#follow-ups");
        }
        followUp.reminded(clock.instant());
        return true;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Times.ZONE));
    }
}
