package org.workershome.relations;

import java.math.BigDecimal;
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

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Disputes disputes;
    private final MediationSessions sessions;
    private final PermissionHolders holders;
    private final OrgDirectory orgs;
    private final IdempotentSubmissions submissions;
    private final Timeline timeline;
    private final RelationsProperties properties;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisputeManagement(Disputes disputes, MediationSessions sessions, PermissionHolders holders, OrgDirectory orgs,
            IdempotentSubmissions submissions, Timeline timeline, RelationsProperties properties, Access access,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
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
            if (draft.appealId() != null && disputes.findByAppealId(draft.appealId()).isPresent()) {
                throw new Conflict("relations.dispute.appealHasDispute");
            }
            Instant now = clock.instant();
            Dispute dispute = disputes.save(new Dispute(draft, now, now.plus(properties.mediationPeriod())));
            timeline.record(Dispute.TIMELINE, dispute.getId(), dispute.getOrgId(), Dispute.Action.REGISTER, null,
                    dispute.getStatus(), draft.appealTrackingNo());
            events.publishEvent(new DisputeRegistered(dispute.getId(), dispute.getOrgId(), dispute.getAppealId()));
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
        return end(user, id, action, text, null);
    }

    /** Ends the mediation; an agreement gets its verification code and, if given, the amount agreed. */
    @Transactional
    public Dispute end(CurrentUser user, Long id, Dispute.Action action, String text, BigDecimal agreedAmount) {
        Dispute dispute = get(id);
        requireMediating(user, dispute);
        Dispute.Status from = switch (action) {
            case AGREE -> dispute.agree(text, agreedAmount, newAgreementCode(), clock.instant());
            case FAIL, WITHDRAW -> dispute.end(action, text, clock.instant());
            default -> throw new org.workershome.core.workflow.TransitionNotAllowed(dispute.getStatus(), action);
        };
        timeline.record(Dispute.TIMELINE, id, dispute.getOrgId(), action, from, dispute.getStatus(), dispute.getOutcome());
        concluded(dispute);
        return dispute;
    }

    /** An agreement its follow-up found not performed goes to arbitration at a party's request (art. 15). */
    @Transactional
    public Dispute referAfterAgreement(CurrentUser user, Long id, String note) {
        Dispute dispute = get(id);
        access.require(user, RelationsModule.DISPUTES, dispute.getOrgId());
        if (note != null && note.length() > 2000) {
            throw InvalidInput.field("note", "relations.followUp.note.tooLong");
        }
        Dispute.Status from = dispute.referAfterAgreement(note);
        timeline.record(Dispute.TIMELINE, id, dispute.getOrgId(), Dispute.Action.REFER, from, dispute.getStatus(), note);
        concluded(dispute);
        return dispute;
    }

    private void concluded(Dispute dispute) {
        events.publishEvent(new DisputeConcluded(dispute.getId(), dispute.getOrgId(), dispute.getAppealId(),
                dispute.getWorkerMemberId(), dispute.getStatus()));
    }

    /** Twelve characters a person can read out (no 0/O, 1/I): not guessable, unique by the index. */
    private static String newAgreementCode() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder code = new StringBuilder("TJ");
        for (int i = 0; i < 10; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
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

    void requireMediating(CurrentUser user, Dispute dispute) {
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

    /** The dispute opened from the appeal, in the reader's scope. */
    @Transactional(readOnly = true)
    public java.util.Optional<Dispute> fromAppeal(Long appealId) {
        return disputes.findByAppealId(appealId);
    }

    /** The disputes the member is the worker party of (read in his own scope: only his). */
    @Transactional(readOnly = true)
    public List<Dispute> ofMember(Long memberId) {
        return memberId == null ? List.of() : disputes.findByWorkerMemberIdOrderByAcceptedAtDescIdDesc(memberId);
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
