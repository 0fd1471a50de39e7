package org.workershome.congress;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/**
 * Sessions (次会议), sign-in and the live quorum. Attendance, like the roster, is public to those who may see the
 * session ({@link org.workershome.core.scope.SelfFilters#UNIT_WORKERS}), so the quorum is counted in the caller's own scope.
 */
@Service
public class SessionManagement {

    /** How long a QR sign-in code stays valid; the screen renews it. */
    static final Duration SIGN_IN_TOKEN_LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CongressSessions sessions;
    private final Attendances attendances;
    private final TermManagement terms;
    private final Access access;
    private final Clock clock;

    SessionManagement(CongressSessions sessions, Attendances attendances, TermManagement terms, Access access,
            Clock clock) {
        this.sessions = sessions;
        this.attendances = attendances;
        this.terms = terms;
        this.access = access;
        this.clock = clock;
    }

    /** Attendance against the roster: who must be there for votes to open. */
    public record Quorum(long eligible, long present, long needed, boolean reached) {}

    @Transactional
    public CongressSession createSession(CurrentUser user, Long termId, int number, String title, Instant motionsOpenAt,
            Instant motionsCloseAt) {
        return createSession(user, termId, number, title, motionsOpenAt, motionsCloseAt, null);
    }

    /** A session (第N次会议) with its motion window (both ends or neither) and agenda. */
    @Transactional
    public CongressSession createSession(CurrentUser user, Long termId, int number, String title, Instant motionsOpenAt,
            Instant motionsCloseAt, String agenda) {
        Term term = terms.term(termId);
        access.require(user, CongressModule.MANAGE, term.getOrgId());
        if (title == null || title.isBlank()) {
            throw InvalidInput.field("title", "congress.field.required");
        }
        if (number < 1) {
            throw InvalidInput.field("number", "congress.session.number.invalid");
        }
        if ((motionsOpenAt == null) != (motionsCloseAt == null)
                || (motionsOpenAt != null && !motionsCloseAt.isAfter(motionsOpenAt))) {
            throw InvalidInput.field("motionsCloseAt", "congress.session.window.invalid");
        }
        if (agenda != null && agenda.length() > 4000) {
            throw InvalidInput.field("agenda", "congress.field.tooLong");
        }
        if (sessions.existsByTermIdAndNumber(termId, number)) {
            throw new Conflict("congress.session.number.taken", number);
        }
        CongressSession session = new CongressSession(term, number, title.strip(), motionsOpenAt, motionsCloseAt);
        session.setAgenda(agenda);
        return sessions.save(session);
    }

    @Transactional
    public CongressSession openSession(CurrentUser user, Long sessionId) {
        CongressSession session = session(sessionId);
        access.require(user, CongressModule.MANAGE, session.getOrgId());
        session.open(clock.instant());
        return session;
    }

    @Transactional
    public CongressSession closeSession(CurrentUser user, Long sessionId) {
        CongressSession session = session(sessionId);
        access.require(user, CongressModule.MANAGE, session.getOrgId());
        session.close(clock.instant());
        return session;
    }

    /** A session the caller can see (its unit's workers, managers), else 404. */
    @Transactional(readOnly = true)
    public CongressSession session(Long sessionId) {
        return sessions.findById(sessionId).orElseThrow(NotFound.of("session", sessionId));
    }

    /** The sessions not yet closed that the caller can see, newest first. */
    @Transactional(readOnly = true)
    public List<CongressSession> currentSessions() {
        return sessions.findByStatusNotOrderByIdDesc(SessionStatus.CLOSED);
    }

    @Transactional(readOnly = true)
    public List<CongressSession> sessionsOf(Long termId) {
        return sessions.findByTermIdOrderByNumberDesc(termId);
    }

    // ---------------------------------------------------------------- sign-in and quorum

    /** Counts are public at a congress: whoever sees the session sees its roster and attendance. */
    @Transactional(readOnly = true)
    public Quorum quorum(CongressSession session) {
        Term term = terms.term(session.getTermId());
        long eligible = terms.eligible(term.getId());
        long present = attendances.countCurrent(session.getId(), term.getId());
        return new Quorum(eligible, present, term.quorumNeeded(eligible), term.quorate(present, eligible));
    }

    @Transactional(readOnly = true)
    public boolean isPresent(Long sessionId, Long memberId) {
        return memberId != null && attendances.existsBySessionIdAndMemberId(sessionId, memberId);
    }

    @Transactional(readOnly = true)
    public List<Attendance> attendance(Long sessionId) {
        return attendances.findBySessionId(sessionId);
    }

    /** A new QR sign-in token for the screen; the old one stops working. */
    @Transactional
    public CongressSession renewSignInToken(CurrentUser user, Long sessionId) {
        CongressSession session = session(sessionId);
        access.require(user, CongressModule.MANAGE, session.getOrgId());
        if (!session.isSitting()) {
            throw new Conflict("congress.session.notSitting");
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        session.issueSignInToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                clock.instant().plus(SIGN_IN_TOKEN_LIFETIME));
        return session;
    }

    /** The QR token, only to a manager of the session (it lets a representative sign in). */
    @Transactional(readOnly = true)
    public Optional<String> currentSignInToken(CurrentUser user, CongressSession session) {
        if (!access.may(user, CongressModule.MANAGE, session.getOrgId())
                || !session.acceptsSignInToken(session.getSignInToken(), clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(session.getSignInToken());
    }

    /**
     * The sitting a scanned code leads to. With a code that is not (or no longer) valid only the term's
     * representatives learn which sitting it is; anyone else guessing ids finds nothing.
     */
    @Transactional(readOnly = true)
    public CongressSession sessionForSignIn(CurrentUser user, Long sessionId, String token) {
        CongressSession session = session(sessionId);
        if (session.acceptsSignInToken(token, clock.instant()) || terms.isRepresentative(user, session.getTermId())) {
            return session;
        }
        throw NotFound.of("session", sessionId).get();
    }

    /** A representative who scanned the session's QR code (signed in) is present. Signing in twice is harmless. */
    @Transactional
    public Attendance signInByCode(CurrentUser user, Long sessionId, String token) {
        CongressSession session = session(sessionId);
        if (!session.acceptsSignInToken(token, clock.instant())) {
            throw new Conflict("congress.signIn.codeInvalid");
        }
        if (!terms.isRepresentative(user, session.getTermId())) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "congress.error.notRepresentative");
        }
        return attend(session, user.memberId(), Attendance.Method.QR);
    }

    /** Staff mark a representative present (no phone, no code). */
    @Transactional
    public Attendance markPresent(CurrentUser user, Long sessionId, Long memberId) {
        CongressSession session = session(sessionId);
        access.require(user, CongressModule.MANAGE, session.getOrgId());
        if (!session.isSitting()) {
            throw new Conflict("congress.session.notSitting");
        }
        if (!terms.isOnRoster(session.getTermId(), memberId)) {
            throw InvalidInput.field("memberId", "congress.error.notRepresentative");
        }
        return attend(session, memberId, Attendance.Method.STAFF);
    }

    private Attendance attend(CongressSession session, Long memberId, Attendance.Method method) {
        return attendances.findBySessionIdAndMemberId(session.getId(), memberId)
                .orElseGet(() -> attendances.save(new Attendance(session, memberId, clock.instant(), method)));
    }
}
