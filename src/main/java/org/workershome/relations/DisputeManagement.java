package org.workershome.relations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.workflow.Timeline;

/**
 * Disputes and their mediation: a cadre registers one and assigns a mediator (a holder of the mediation permission
 * at the unit or an org above it); the mediator records sessions and ends it by agreement, failure (referred to
 * arbitration) or withdrawal. Each step on the dispute's timeline.
 */
@Service
class DisputeManagement {

    private final Disputes disputes;
    private final MediationSessions sessions;
    private final PermissionHolders holders;
    private final OrgDirectory orgs;
    private final IdempotentSubmissions submissions;
    private final Timeline timeline;
    private final RelationsProperties properties;
    private final Access access;
    private final Clock clock;

    DisputeManagement(Disputes disputes, MediationSessions sessions, PermissionHolders holders, OrgDirectory orgs,
            IdempotentSubmissions submissions, Timeline timeline, RelationsProperties properties, Access access,
            Clock clock) {
        this.disputes = disputes;
        this.sessions = sessions;
        this.holders = holders;
        this.orgs = orgs;
        this.submissions = submissions;
        this.timeline = timeline;
        this.properties = properties;
        this.access = access;
        this.clock = clock;
    }

    public Dispute register(CurrentUser user, Dispute.Draft draft, String requestToken) {
        if (draft.orgId() == null) {
            throw InvalidInput.field("orgId", "relations.org.required");
        }
        access.require(user, RelationsModule.DISPUTES, draft.orgId());
        return submissions.submit(requestToken, "relations.dispute.register", () -> {
            Instant now = clock.instant();
            Dispute dispute = disputes.save(new Dispute(draft, now, now.plus(properties.mediationPeriod())));
            timeline.record(Dispute.TIMELINE, dispute.getId(), dispute.getOrgId(), Dispute.Action.REGISTER, null,
                    dispute.getStatus(), null);
            return dispute;
        }, Dispute::getId, id -> disputes.findById(Long.valueOf(id))).value();
    }

    @Transactional
    public Dispute assign(CurrentUser user, Long id, Long mediatorAccountId) {
        Dispute dispute = get(id);
        access.require(user, RelationsModule.DISPUTES, dispute.getOrgId());
        PermissionHolders.Holder mediator = mediatorsFor(dispute.getOrgId()).stream()
                .filter(h -> h.accountId().equals(mediatorAccountId)).findFirst()
                .orElseThrow(() -> InvalidInput.field("mediatorAccountId", "relations.dispute.mediator.invalid"));
        Dispute.Status from = dispute.assign(mediator.accountId(), mediator.name());
        timeline.record(Dispute.TIMELINE, id, dispute.getOrgId(), Dispute.Action.ASSIGN, from, dispute.getStatus(),
                mediator.name());
        return dispute;
    }

    @Transactional
    public MediationSession recordSession(CurrentUser user, Long id, LocalDate heldOn, String place,
            String participants, String minutes) {
        Dispute dispute = get(id);
        requireMediating(user, dispute);
        if (dispute.getStatus() != Dispute.Status.IN_MEDIATION) {
            throw new Conflict("relations.dispute.notInMediation");
        }
        return sessions.save(new MediationSession(dispute, heldOn, place, participants, minutes, user.displayName()));
    }

    @Transactional
    public Dispute end(CurrentUser user, Long id, Dispute.Action action, String text) {
        Dispute dispute = get(id);
        requireMediating(user, dispute);
        if (action != Dispute.Action.AGREE && action != Dispute.Action.FAIL && action != Dispute.Action.WITHDRAW) {
            throw new org.workershome.core.workflow.TransitionNotAllowed(dispute.getStatus(), action);
        }
        Dispute.Status from = dispute.end(action, text, clock.instant());
        timeline.record(Dispute.TIMELINE, id, dispute.getOrgId(), action, from, dispute.getStatus(), dispute.getOutcome());
        return dispute;
    }

    /** Who may mediate the unit's disputes: holders of the permission at the unit and at each org above it. */
    @Transactional(readOnly = true)
    public List<PermissionHolders.Holder> mediatorsFor(Long orgId) {
        List<PermissionHolders.Holder> found = new ArrayList<>();
        orgs.selfAndAncestors(orgId).forEach(o -> holders.of(RelationsModule.MEDIATE, o.id())
                .forEach(a -> holders.holder(a, RelationsModule.MEDIATE).ifPresent(found::add)));
        return found;
    }

    /** The case handlers of the unit, and mediators in whose scope it lies. */
    boolean mayMediate(CurrentUser user, Dispute dispute) {
        return access.may(user, RelationsModule.DISPUTES, dispute.getOrgId())
                || access.may(user, RelationsModule.MEDIATE, dispute.getOrgId());
    }

    private void requireMediating(CurrentUser user, Dispute dispute) {
        if (!mayMediate(user, dispute)) {
            access.require(user, RelationsModule.MEDIATE, dispute.getOrgId());
        }
    }

    @Transactional(readOnly = true)
    public Dispute get(Long id) {
        return disputes.findById(id).orElseThrow(NotFound.of("dispute", id));
    }

    @Transactional(readOnly = true)
    public List<Dispute> list() {
        return disputes.findTop100ByOrderByAcceptedAtDescIdDesc();
    }

    @Transactional(readOnly = true)
    public List<MediationSession> sessionsOf(Long id) {
        return sessions.findByDisputeIdOrderByHeldOnAscIdAsc(id);
    }

    @Transactional(readOnly = true)
    public List<org.workershome.core.workflow.TimelineEntry> timelineOf(Long id) {
        return timeline.of(Dispute.TIMELINE, id);
    }
}
