package org.workershome.congress.motion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.congress.CongressModule;
import org.workershome.congress.MotionAssigned;
import org.workershome.congress.MotionDecided;
import org.workershome.congress.MotionFacts;
import org.workershome.congress.MotionReplied;
import org.workershome.congress.MotionSubmitted;
import org.workershome.congress.CongressSession;
import org.workershome.congress.SessionManagement;
import org.workershome.congress.TermManagement;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory.OrgSummary;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;
import org.workershome.core.workflow.Timeline;
import org.workershome.core.workflow.TimelineEntry;

/**
 * Motions (提案): a representative submits in the session's motion window, others co-sign (附议); the motions
 * committee (managers of the congress) registers (立案), converts to a suggestion (转为意见建议: the suggestions module takes it up) or declines with a reason,
 * assigns a registered motion to a handling org with a deadline; the handler replies; the proposer rates it.
 */
@Service
public class MotionManagement {

    static final String TARGET = "Motion";

    private final Motions motions;
    private final MotionCosigners cosigners;
    private final TermManagement terms;
    private final SessionManagement sessions;
    private final MemberDirectory members;
    private final OrgDirectory orgs;
    private final Timeline timeline;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MotionManagement(Motions motions, MotionCosigners cosigners, TermManagement terms,
            SessionManagement sessions, MemberDirectory members, OrgDirectory orgs, Timeline timeline, Access access,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.motions = motions;
        this.cosigners = cosigners;
        this.terms = terms;
        this.sessions = sessions;
        this.members = members;
        this.orgs = orgs;
        this.timeline = timeline;
        this.access = access;
        this.clock = clock;
    }

    public record MotionDraft(Long sessionId, String title, String reason, String proposal) {}

    public record ActionRequest(MotionAction action, String note, Long handlerOrgId, LocalDate dueOn,
            Satisfaction satisfaction) {}

    /** Submits a motion to the given session, or to the open session of the representative's congress. */
    @Transactional
    public Motion submit(CurrentUser user, MotionDraft draft) {
        CongressSession session = draft.sessionId() != null ? sessions.session(draft.sessionId()) : currentSessionOf(user);
        if (!terms.isRepresentative(user, session.getTermId())) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "congress.error.notRepresentative");
        }
        if (!session.motionWindowOpen(clock.instant())) {
            throw new Conflict("congress.motion.windowClosed");
        }
        Motion motion = motions.save(new Motion(session, user.memberId(), memberName(user.memberId()), draft.title(),
                draft.reason(), draft.proposal(), clock.instant()));
        timeline.record(TARGET, motion.getId(), motion.getOrgId(), MotionAction.SUBMIT, null, motion.getStatus(), null);
        events.publishEvent(new MotionSubmitted(motion.facts()));
        return motion;
    }

    private CongressSession currentSessionOf(CurrentUser user) {
        List<CongressSession> open = sessions.currentSessions().stream()
                .filter(s -> terms.isRepresentative(user, s.getTermId())).toList();
        if (open.isEmpty()) {
            throw new Conflict("congress.motion.noSession");
        }
        return open.get(0);
    }

    /** Another representative of the same term seconds the motion; once each, not the proposer. */
    @Transactional
    public Motion cosign(CurrentUser user, Long motionId) {
        Motion motion = get(user, motionId);
        if (!terms.isRepresentative(user, motion.getTermId())) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "congress.error.notRepresentative");
        }
        if (motion.isProposedBy(user.memberId())) {
            throw new Conflict("congress.motion.ownMotion");
        }
        motion.checkCosignable();
        if (cosigners.existsByMotionIdAndMemberId(motionId, user.memberId())) {
            throw new Conflict("congress.motion.alreadyCosigned");
        }
        cosigners.save(new MotionCosigner(motion, user.memberId(), memberName(user.memberId()), clock.instant()));
        timeline.record(TARGET, motion.getId(), motion.getOrgId(), MotionAction.COSIGN, motion.getStatus(),
                motion.getStatus(), null);
        return motion;
    }

    @Transactional
    public Motion act(CurrentUser user, Long motionId, ActionRequest request) {
        if (request.action() == null) {
            throw InvalidInput.field("action", "congress.motion.action.required");
        }
        Motion motion = get(user, motionId);
        MotionStatus from;
        String note = request.note();
        switch (request.action()) {
            case REGISTER, CONVERT, DECLINE, ASSIGN -> {
                access.require(user, CongressModule.MANAGE, motion.getOrgId());
                from = switch (request.action()) {
                    case REGISTER -> motion.register(cosigners.countByMotionId(motionId),
                            terms.term(motion.getTermId()).getMinCosigners(), note);
                    case CONVERT -> motion.convert(note);
                    case DECLINE -> motion.decline(note);
                    default -> assign(motion, request);
                };
            }
            case REPLY -> {
                requireHandler(user, motion);
                from = motion.reply(note, clock.instant());
                // the handler's scope is the handling org, not the congress's org: the write was checked above
                Scopes.asSystem(motions::flush);
            }
            case RATE -> {
                if (!motion.isProposedBy(user.memberId())) {
                    throw new BusinessException(HttpStatus.FORBIDDEN, "congress.motion.notProposer");
                }
                from = motion.rate(request.satisfaction());
                note = request.satisfaction() == null ? null : request.satisfaction().name();
            }
            default -> throw new Conflict("congress.motion.action.notHere");
        }
        timeline.record(TARGET, motion.getId(), motion.getOrgId(), request.action(), from, motion.getStatus(), note);
        eventOf(request.action(), motion, note).ifPresent(events::publishEvent);
        return motion;
    }

    private static Optional<Object> eventOf(MotionAction action, Motion motion, String note) {
        MotionFacts facts = motion.facts();
        return Optional.ofNullable(switch (action) {
            case REGISTER -> decided(motion, MotionDecided.Decision.REGISTERED, note);
            case CONVERT -> decided(motion, MotionDecided.Decision.CONVERTED, note);
            case DECLINE -> decided(motion, MotionDecided.Decision.DECLINED, note);
            case ASSIGN -> new MotionAssigned(facts);
            case REPLY -> new MotionReplied(facts);
            default -> null;
        });
    }

    private static MotionDecided decided(Motion motion, MotionDecided.Decision decision, String note) {
        return new MotionDecided(motion.facts(), decision, note, motion.getReason(), motion.getProposal());
    }

    private MotionStatus assign(Motion motion, ActionRequest request) {
        if (request.handlerOrgId() != null && !orgs.find(request.handlerOrgId()).map(OrgSummary::active).orElse(false)) {
            throw InvalidInput.field("handlerOrgId", "congress.motion.handler.unknown");
        }
        if (request.dueOn() != null && request.dueOn().isBefore(LocalDate.now(clock.withZone(Times.ZONE)))) {
            throw InvalidInput.field("dueOn", "congress.motion.dueOn.past");
        }
        return motion.assign(request.handlerOrgId(), request.dueOn());
    }

    /** A handler: {@code congress:motion:handle} and the handling org in scope. */
    private void requireHandler(CurrentUser user, Motion motion) {
        if (!mayHandle(user, motion)) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "congress.motion.notHandler");
        }
    }

    /** Whether the caller may answer the motion (for views). */
    public boolean mayHandle(CurrentUser user, Motion motion) {
        return motion.getHandlerOrgId() != null && access.may(user, CongressModule.HANDLE_MOTIONS, motion.getHandlerOrgId());
    }

    /** A motion the caller can see: the unit's workers and managers, or the handlers of the org it was assigned to. */
    @Transactional(readOnly = true)
    public Motion get(CurrentUser user, Long motionId) {
        return motions.findById(motionId).or(() -> assignedToCaller(user, motionId))
                .orElseThrow(NotFound.of("motion", motionId));
    }

    /**
     * The one reading across scopes left in congress: a handling org may lie outside the congress's org (a sibling
     * unit, a department whose cadres' scope stops at it), and the org filter of a motion knows only the congress's
     * org. Read as the system, shown only to a holder of {@link CongressModule#HANDLE_MOTIONS} for the handling org.
     */
    private Optional<Motion> assignedToCaller(CurrentUser user, Long motionId) {
        return Scopes.asSystem(() -> motions.findById(motionId)).filter(m -> mayHandle(user, m));
    }

    /** The public list: every motion the caller can see, newest first. */
    @Transactional(readOnly = true)
    public List<Motion> list() {
        return motions.findAllByOrderBySubmittedAtDesc();
    }

    /** Co-signers of a motion the caller has been shown (by {@link #get}); public like the motion. */
    @Transactional(readOnly = true)
    public List<MotionCosigner> cosignersOf(Motion motion) {
        return cosigners.findByMotionIdOrderBySignedAt(motion.getId());
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timelineOf(Motion motion) {
        return timeline.of(TARGET, motion.getId());
    }

    private String memberName(Long memberId) {
        return members.nameOf(memberId).orElse("?");
    }
}
