package org.workershome.training.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.NotFound;
import org.workershome.core.notification.Notifications;
import org.workershome.core.notification.Text;
import org.workershome.core.scope.Scopes;
import org.workershome.training.SessionAttended;
import org.workershome.training.TrainingModule;
import org.workershome.training.course.TrainingAudience;
import org.workershome.training.course.CourseManagement;
import org.workershome.training.course.Learners;
import org.workershome.training.course.LessonKind;
import org.workershome.training.course.Learning;

/**
 * Offline sessions: organising them (as a lesson of a course too), registration with a waiting list, and sign-in and
 * sign-out by the signed links of the trainer's QR codes within the session's windows. A session is read by the
 * subtree of its org; the seats are counted over every registration (read as the system, counts and the
 * learner's own place only).
 */
@Service
public class TrainingSessionManagement {

    /** A registration with its place: holding a seat, or waiting at position {@code waiting} (1 = next). */
    public record Place(Registration registration, boolean seated, int waiting) {}

    private final TrainingSessions sessions;
    private final Registrations registrations;
    private final CourseManagement courses;
    private final Learning learning;
    private final TrainingAudience audience;
    private final Access access;
    private final Learners learners;
    private final Notifications notifications;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    TrainingSessionManagement(TrainingSessions sessions, Registrations registrations, CourseManagement courses,
            Learning learning, TrainingAudience audience, Access access, Learners learners, Notifications notifications,
            Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.sessions = sessions;
        this.registrations = registrations;
        this.courses = courses;
        this.learning = learning;
        this.audience = audience;
        this.access = access;
        this.learners = learners;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public TrainingSession create(CurrentUser user, Long orgId, SessionDraft draft) {
        access.require(user, TrainingModule.MANAGE, orgId);
        draft.check();
        TrainingSession session = sessions.save(new TrainingSession(orgId, draft));
        if (draft.courseId() != null) {
            courses.addLesson(user, draft.courseId(), draft.title(), LessonKind.SESSION, null, null, session.getId());
        }
        return session;
    }

    @Transactional(readOnly = true)
    public TrainingSession get(Long id) {
        return visible(id).orElseThrow(NotFound.of("session", id));
    }

    /** The session if the caller may see it. */
    @Transactional(readOnly = true)
    public Optional<TrainingSession> visible(Long id) {
        return sessions.findById(id).or(() -> Scopes.asSystem(() -> sessions.findById(id))
                .filter(s -> audience.aboveCaller().contains(s.getOrgId())));
    }

    @Transactional(readOnly = true)
    public List<TrainingSession> list() {
        Map<Long, TrainingSession> all = new LinkedHashMap<>();
        sessions.findAllByOrderByStartsAtDesc().forEach(s -> all.put(s.getId(), s));
        List<Long> above = audience.aboveCaller();
        if (!above.isEmpty()) {
            Scopes.asSystem(() -> sessions.findByOrgIdInOrderByStartsAtDesc(above))
                    .forEach(s -> all.putIfAbsent(s.getId(), s));
        }
        return all.values().stream().sorted(Comparator.comparing(TrainingSession::getStartsAt).reversed()).toList();
    }

    public boolean organises(CurrentUser user, TrainingSession session) {
        return access.may(user, TrainingModule.MANAGE, session.getOrgId());
    }

    @Transactional
    public Place register(CurrentUser user, Long sessionId) {
        TrainingSession session = get(sessionId);
        if (!clock.instant().isBefore(session.getEndsAt())) {
            throw new Conflict("training.session.error.over");
        }
        Registration registration = own(user, sessionId).orElseGet(() -> registrations.save(new Registration(
                sessionId, learners.orgOf(user), user.accountId(), user.memberId(), learners.nameOf(user), clock.instant())));
        return placeOf(session, registration);
    }

    /** Cancels one's registration; whoever moves up from the waiting list into a seat is told. */
    @Transactional
    public void cancel(CurrentUser user, Long sessionId) {
        TrainingSession session = get(sessionId);
        Registration registration = own(user, sessionId).orElseThrow(() -> new Conflict("training.session.error.notRegistered"));
        List<Long> seatedBefore = seated(session).stream().map(Registration::getId).toList();
        registration.cancel(clock.instant());
        registrations.flush();
        seated(session).stream().filter(r -> !seatedBefore.contains(r.getId()) && r.getAccountId() != null)
                .forEach(promoted -> notifications.notify(promoted.getAccountId(),
                        Text.of("training.notify.promoted.subject"),
                        Text.of("training.notify.promoted.body", session.getTitle()), "/training/sessions/" + sessionId));
    }

    /** The user's place for a session, if registered. */
    @Transactional(readOnly = true)
    public Optional<Place> placeOf(CurrentUser user, Long sessionId) {
        TrainingSession session = get(sessionId);
        return own(user, sessionId).map(r -> placeOf(session, r));
    }

    /** Signs in or out by a scanned link, within the session's window, holding a seat. */
    @Transactional
    public Registration check(CurrentUser user, Long sessionId, SignInLinks.Mode mode) {
        TrainingSession session = get(sessionId);
        Instant now = clock.instant();
        Registration registration = own(user, sessionId)
                .orElseThrow(() -> new Conflict("training.session.error.notRegistered"));
        if (!placeOf(session, registration).seated()) {
            throw new Conflict("training.session.error.waiting");
        }
        if (mode == SignInLinks.Mode.IN) {
            if (!session.signInOpen(now)) {
                throw new Conflict("training.session.error.signInClosed");
            }
            registration.signIn(now);
        } else {
            if (!session.signOutOpen(now)) {
                throw new Conflict("training.session.error.signOutClosed");
            }
            boolean first = registration.getSignedOutAt() == null;
            registration.signOut(now);
            learning.attended(user, sessionId);
            if (first) {
                events.publishEvent(new SessionAttended(sessionId, registration.getId(), registration.getMemberId(),
                        registration.getAccountId(), registration.getOrgId()));
            }
        }
        return registration;
    }

    /** Everyone registered whom the caller's scope shows, with places (the organiser's attendance record). */
    @Transactional(readOnly = true)
    public List<Place> roster(Long sessionId) {
        TrainingSession session = get(sessionId);
        List<Long> order = order(sessionId);
        return registrations.findBySessionIdOrderByRegisteredAtAscIdAsc(sessionId).stream()
                .map(r -> place(order, session.getCapacity(), r)).toList();
    }

    /** Seats taken and people waiting. */
    @Transactional(readOnly = true)
    public int[] counts(TrainingSession session) {
        int active = Scopes.asSystem(() -> active(session.getId())).size();
        return new int[] {Math.min(active, session.getCapacity()), Math.max(0, active - session.getCapacity())};
    }

    /** The sessions the user attended (signed in and out), for his record. */
    @Transactional(readOnly = true)
    public List<TrainingSession> attended(CurrentUser user) {
        List<Registration> mine = user.memberId() != null
                ? registrations.findByMemberIdAndCancelledAtIsNull(user.memberId())
                : registrations.findByAccountIdAndCancelledAtIsNull(user.accountId());
        return mine.stream().filter(Registration::isAttended)
                .map(r -> Scopes.asSystem(() -> sessions.findById(r.getSessionId()))).flatMap(Optional::stream).toList();
    }

    private Place placeOf(TrainingSession session, Registration registration) {
        return place(order(session.getId()), session.getCapacity(), registration);
    }

    private static Place place(List<Long> order, int capacity, Registration registration) {
        int index = order.indexOf(registration.getId());
        boolean seated = index >= 0 && index < capacity;
        return new Place(registration, seated, index < 0 || seated ? 0 : index - capacity + 1);
    }

    private List<Long> order(Long sessionId) {
        return Scopes.asSystem(() -> active(sessionId)).stream().map(Registration::getId).toList();
    }

    private List<Registration> seated(TrainingSession session) {
        List<Registration> active = Scopes.asSystem(() -> active(session.getId()));
        return active.subList(0, Math.min(session.getCapacity(), active.size()));
    }

    private List<Registration> active(Long sessionId) {
        return registrations.findBySessionIdAndCancelledAtIsNullOrderByRegisteredAtAscIdAsc(sessionId);
    }

    private Optional<Registration> own(CurrentUser user, Long sessionId) {
        return registrations.findBySessionIdAndCancelledAtIsNullOrderByRegisteredAtAscIdAsc(sessionId).stream()
                .filter(r -> user.memberId() != null ? user.memberId().equals(r.getMemberId())
                        : user.accountId().equals(r.getAccountId()))
                .findFirst();
    }
}
