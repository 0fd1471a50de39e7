package org.workershome.congress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Accounts;
import org.workershome.core.account.Role;
import org.workershome.core.notification.Notifications;
import org.workershome.core.time.Times;
import org.workershome.core.member.Member;
import org.workershome.core.member.Members;
import org.workershome.core.org.Org;
import org.workershome.core.org.Orgs;
import org.workershome.core.scope.Scopes;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.workflow.Timeline;
import org.workershome.core.workflow.TimelineEntry;

/**
 * Motions (提案): a representative submits in the session's motion window, others co-sign (附议); the motions
 * committee (managers of the congress) registers (立案), converts to a suggestion or declines with a reason,
 * assigns a registered motion to a handling org with a deadline; the handler replies; the proposer rates it.
 */
@Service
public class MotionManagement {

    static final String TARGET = "Motion";

    private final Motions motions;
    private final MotionCosigners cosigners;
    private final CongressManagement congress;
    private final Members members;
    private final Orgs orgs;
    private final Timeline timeline;
    private final Scopes scopes;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Suggestions suggestions;
    private final Accounts accounts;
    private final Notifications notifications;
    private final MessageSource messages;

    /** How many days before the deadline the handler is reminded. */
    static final int REMINDER_DAYS = 3;

    MotionManagement(Motions motions, MotionCosigners cosigners, CongressManagement congress, Members members, Orgs orgs,
            Timeline timeline, Scopes scopes, EntityManager entityManager, Clock clock, Suggestions suggestions,
            Accounts accounts, Notifications notifications, MessageSource messages) {
        this.suggestions = suggestions;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.motions = motions;
        this.cosigners = cosigners;
        this.congress = congress;
        this.members = members;
        this.orgs = orgs;
        this.timeline = timeline;
        this.scopes = scopes;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public record MotionDraft(Long sessionId, String title, String reason, String proposal) {}

    public record ActionRequest(MotionAction action, String note, Long handlerOrgId, LocalDate dueOn,
            Satisfaction satisfaction) {}

    /** Submits a motion to the given session, or to the open session of the representative's congress. */
    @Transactional
    public Motion submit(CurrentUser user, MotionDraft draft) {
        CongressSession session = draft.sessionId() != null ? congress.session(draft.sessionId()) : currentSessionOf(user);
        if (!congress.isRepresentative(user, session.getTermId())) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "congress.error.notRepresentative");
        }
        if (!session.motionWindowOpen(clock.instant())) {
            throw new Conflict("congress.motion.windowClosed");
        }
        Motion motion = motions.save(new Motion(session, user.memberId(), memberName(user.memberId()), draft.title(),
                draft.reason(), draft.proposal(), clock.instant()));
        timeline.record(TARGET, motion.getId(), motion.getOrgId(), MotionAction.SUBMIT, null, motion.getStatus(), null);
        return motion;
    }

    private CongressSession currentSessionOf(CurrentUser user) {
        List<CongressSession> open = congress.currentSessions().stream()
                .filter(s -> congress.isRepresentative(user, s.getTermId())).toList();
        if (open.isEmpty()) {
            throw new Conflict("congress.motion.noSession");
        }
        return open.get(0);
    }

    /** Another representative of the same term seconds the motion; once each, not the proposer. */
    @Transactional
    public Motion cosign(CurrentUser user, Long motionId) {
        Motion motion = get(motionId);
        if (!congress.isRepresentative(user, motion.getTermId())) {
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
        Motion motion = Scopes.asSystem(() -> motions.findById(motionId)).orElseThrow(NotFound.of("motion", motionId));
        MotionStatus from;
        String note = request.note();
        switch (request.action()) {
            case REGISTER, CONVERT, DECLINE, ASSIGN -> {
                visible(motionId);
                congress.requireManager(user, motion.getOrgId());
                from = switch (request.action()) {
                    case REGISTER -> motion.register(cosigners.countByMotionId(motionId),
                            congress.term(motion.getTermId()).getMinCosigners(), note);
                    case CONVERT -> {
                        MotionStatus before = motion.convert(note);
                        suggestions.save(new Suggestion(motion, clock.instant()));
                        yield before;
                    }
                    case DECLINE -> motion.decline(note);
                    default -> assign(motion, request);
                };
            }
            case REPLY -> {
                requireHandler(user, motion);
                from = motion.reply(note, clock.instant());
                // the handler's scope is the handling org, not the congress's org: the write was checked above
                Scopes.asSystem(() -> entityManager.flush());
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
        return motion;
    }

    private MotionStatus assign(Motion motion, ActionRequest request) {
        if (request.handlerOrgId() != null) {
            Org org = Scopes.asSystem(() -> orgs.findById(request.handlerOrgId()))
                    .orElseThrow(() -> InvalidInput.field("handlerOrgId", "congress.motion.handler.unknown"));
            if (!org.isActive()) {
                throw InvalidInput.field("handlerOrgId", "congress.motion.handler.unknown");
            }
        }
        if (request.dueOn() != null && request.dueOn().isBefore(LocalDate.now(clock.withZone(org.workershome.core.time.Times.ZONE)))) {
            throw InvalidInput.field("dueOn", "congress.motion.dueOn.past");
        }
        return motion.assign(request.handlerOrgId(), request.dueOn());
    }

    /** A handler: {@code congress:motion:handle} and the handling org in scope. */
    private void requireHandler(CurrentUser user, Motion motion) {
        if (!user.hasPermission(CongressModule.HANDLE_MOTIONS) || motion.getHandlerOrgId() == null
                || !scopes.canWrite(motion.getHandlerOrgId(), null)) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "congress.motion.notHandler");
        }
    }

    /** Whether the caller may answer the motion (for views). */
    public boolean mayHandle(CurrentUser user, Motion motion) {
        return user.hasPermission(CongressModule.HANDLE_MOTIONS) && motion.getHandlerOrgId() != null
                && scopes.canWrite(motion.getHandlerOrgId(), null);
    }

    private void visible(Long motionId) {
        motions.findById(motionId).orElseThrow(NotFound.of("motion", motionId));
    }

    /** A motion the caller can see: the unit's workers and managers, or the handlers of the org it was assigned to. */
    @Transactional(readOnly = true)
    public Motion get(Long motionId) {
        return motions.findById(motionId).or(() -> Scopes.asSystem(() -> motions.findById(motionId))
                .filter(m -> m.getHandlerOrgId() != null && scopes.canWrite(m.getHandlerOrgId(), null)))
                .orElseThrow(NotFound.of("motion", motionId));
    }

    /** The public list: every motion the caller can see, newest first. */
    @Transactional(readOnly = true)
    public List<Motion> list() {
        return motions.findAllByOrderBySubmittedAtDesc();
    }

    @Transactional(readOnly = true)
    public List<MotionCosigner> cosignersOf(Long motionId) {
        return Scopes.asSystem(() -> cosigners.findByMotionIdOrderBySignedAt(motionId));
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timelineOf(Motion motion) {
        return timeline.of(TARGET, motion.getId());
    }

    // ---------------------------------------------------------------- handlers' deadlines

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Times.ZONE); // not clock.withZone: TestClock drops its offset there
    }

    /** The motions assigned to the orgs the caller handles for, nearest deadline first. */
    @Transactional(readOnly = true)
    public List<Motion> assignedTo(CurrentUser user) {
        if (user == null || !user.hasPermission(CongressModule.HANDLE_MOTIONS)) {
            return List.of();
        }
        return Scopes.asSystem(motions::findAllAssigned).stream().filter(m -> mayHandle(user, m)).toList();
    }

    /** Ids of assigned motions whose reminder or overdue notice may be due (the job decides one by one). */
    @Transactional(readOnly = true)
    public List<Long> dueForNotice() {
        return Scopes.asSystem(() -> motions.findAssignedDueByIds(today().plusDays(REMINDER_DAYS)));
    }

    /**
     * A reminder to the handling org's cadres {@value #REMINDER_DAYS} days before the deadline, and once the deadline
     * has passed an overdue notice to them and to the congress's cadres. Each at most once per assignment.
     */
    @Transactional
    public void noticeIfDue(Long motionId) {
        Motion motion = Scopes.asSystem(() -> motions.findById(motionId)).orElse(null);
        if (motion == null) {
            return;
        }
        LocalDate today = today();
        String link = "/congress/motions/" + motion.getId();
        if (motion.needsOverdueNotice(today)) {
            motion.markOverdueNoticed(clock.instant());
            motion.markReminded(clock.instant());
            java.util.Set<Long> to = new java.util.LinkedHashSet<>(cadresOf(motion.getHandlerOrgId()));
            to.addAll(cadresOf(motion.getOrgId()));
            notifications.notifyAll(to, text("congress.motion.notify.overdue", motion.getTitle()),
                    text("congress.motion.notify.overdueBody", motion.getTitle(), motion.getDueOn()), link);
        } else if (motion.needsReminder(today, REMINDER_DAYS)) {
            motion.markReminded(clock.instant());
            notifications.notifyAll(cadresOf(motion.getHandlerOrgId()), text("congress.motion.notify.reminder", motion.getTitle()),
                    text("congress.motion.notify.reminderBody", motion.getTitle(), motion.getDueOn()), link);
        } else {
            return;
        }
        // the job runs as the system; the motion belongs to the congress's org
        Scopes.asSystem(() -> entityManager.flush());
    }

    private List<Long> cadresOf(Long orgId) {
        return orgId == null ? List.of() : Scopes.asSystem(() -> accounts.findIdsByOrgIdAndRole(orgId, Role.CADRE));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    // ---------------------------------------------------------------- suggestions

    /** Suggestions converted from motions that the caller can see, newest first. */
    @Transactional(readOnly = true)
    public List<Suggestion> suggestions() {
        return suggestions.findAllByOrderByCreatedAtDesc();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Suggestion> suggestionOf(Long motionId) {
        return Scopes.asSystem(() -> suggestions.findByMotionId(motionId));
    }

    private String memberName(Long memberId) {
        return Scopes.asSystem(() -> members.findById(memberId)).map(Member::getName).orElse("?");
    }
}
