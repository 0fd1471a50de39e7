package org.workershome.congress;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.member.Member;
import org.workershome.core.member.Members;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/**
 * Terms, constituencies, the roster of representatives, sessions, sign-in and the live quorum. Chair, staff
 * and the motions committee are cadres with {@code congress:congress:manage} whose scope holds the congress's org;
 * representatives are roster rows, not a role.
 */
@Service
public class CongressManagement {

    /** How long a QR sign-in code stays valid; the screen renews it. */
    static final Duration SIGN_IN_TOKEN_LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Terms terms;
    private final Constituencies constituencies;
    private final Representatives representatives;
    private final CongressSessions sessions;
    private final Attendances attendances;
    private final Members members;
    private final Scopes scopes;
    private final Clock clock;

    CongressManagement(Terms terms, Constituencies constituencies, Representatives representatives,
            CongressSessions sessions, Attendances attendances, Members members, Scopes scopes, Clock clock) {
        this.terms = terms;
        this.constituencies = constituencies;
        this.representatives = representatives;
        this.sessions = sessions;
        this.attendances = attendances;
        this.members = members;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** Attendance against the roster: who must be there for votes to open. */
    public record Quorum(long eligible, long present, long needed, boolean reached) {}

    // ---------------------------------------------------------------- access

    /** A manager of the congress of this org: the permission, and the org in the caller's scope (else 403). */
    void requireManager(CurrentUser user, Long orgId) {
        if (user == null || !user.hasPermission(CongressModule.MANAGE)) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "congress.error.notManager");
        }
        scopes.checkWritable(orgId, null);
    }

    boolean isManager(CurrentUser user, Long orgId) {
        return user != null && user.hasPermission(CongressModule.MANAGE) && scopes.canWrite(orgId, null);
    }

    /** Whether the caller's member is on the term's roster. */
    @Transactional(readOnly = true)
    public boolean isRepresentative(CurrentUser user, Long termId) {
        return user != null && user.memberId() != null
                && Scopes.asSystem(() -> representatives.existsByTermIdAndMemberIdAndLeftOnIsNull(termId, user.memberId()));
    }

    // ---------------------------------------------------------------- terms and roster

    @Transactional
    public Term createTerm(CurrentUser user, Long orgId, int number, String name, LocalDate startsOn, LocalDate endsOn,
            int quorumNumerator, int quorumDenominator, PassRule passRule, int minCosigners) {
        requireManager(user, orgId);
        if (number < 1) {
            throw InvalidInput.field("number", "congress.term.number.invalid");
        }
        if (terms.existsByOrgIdAndNumber(orgId, number)) {
            throw new Conflict("congress.term.number.taken", number);
        }
        return terms.save(new Term(orgId, number, name, startsOn, endsOn, quorumNumerator, quorumDenominator,
                passRule == null ? PassRule.MAJORITY_OF_ALL : passRule, minCosigners));
    }

    @Transactional
    public Constituency addConstituency(CurrentUser user, Long termId, String name, int quota) {
        Term term = term(termId);
        requireManager(user, term.getOrgId());
        if (name == null || name.isBlank() || quota < 1) {
            throw InvalidInput.field("name", "congress.constituency.invalid");
        }
        return constituencies.save(new Constituency(term, name.strip(), quota));
    }

    /** Puts a member of the congress's org (or below) on the roster, within the constituency's quota. */
    @Transactional
    public Representative addRepresentative(CurrentUser user, Long constituencyId, Long memberId) {
        Constituency constituency = Scopes.asSystem(() -> constituencies.findById(constituencyId))
                .orElseThrow(NotFound.of("constituency", constituencyId));
        requireManager(user, constituency.getOrgId());
        Member member = Scopes.asSystem(() -> members.findById(memberId))
                .orElseThrow(() -> InvalidInput.field("memberId", "congress.member.unknown"));
        scopes.checkWritable(member.getOrgId(), null);
        Optional<Representative> earlier = representatives.findByTermIdAndMemberId(constituency.getTermId(), memberId);
        if (earlier.isPresent()) {
            throw new Conflict(earlier.get().isCurrent() ? "congress.representative.already" : "congress.representative.left");
        }
        if (representatives.countByConstituencyIdAndLeftOnIsNull(constituencyId) >= constituency.getQuota()) {
            throw new Conflict("congress.constituency.full", constituency.getQuota());
        }
        return representatives.save(new Representative(constituency, memberId, member.getName(),
                LocalDate.now(clock.withZone(Times.ZONE))));
    }

    /**
     * Takes a representative off the roster (罢免, resignation, transfer): the row stays, marked as left with the date
     * and reason. Refused while a ballot of the term that he has voted in is still open — his vote is in its count
     * and the eligible figure it will be judged against must not change under it.
     */
    @Transactional
    public Representative removeRepresentative(CurrentUser user, Long representativeId, String reason) {
        Representative r = Scopes.asSystem(() -> representatives.findById(representativeId))
                .orElseThrow(NotFound.of("representative", representativeId));
        requireManager(user, r.getOrgId());
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.field("reason", "congress.representative.reason.required");
        }
        if (reason.strip().length() > 500) {
            throw InvalidInput.field("reason", "congress.field.tooLong");
        }
        if (!r.isCurrent()) {
            throw new Conflict("congress.representative.alreadyLeft");
        }
        if (representatives.votedInOpenBallot(r.getTermId(), r.getMemberId())) {
            throw new Conflict("congress.representative.votedInOpenBallot", r.getMemberName());
        }
        r.leave(LocalDate.now(clock.withZone(Times.ZONE)), reason.strip());
        return representatives.save(r);
    }

    /** Those who left the roster of the term, with date and reason. */
    @Transactional(readOnly = true)
    public List<Representative> formerRepresentatives(Long termId) {
        return representatives.findByTermIdAndLeftOnIsNotNullOrderByLeftOnDescMemberNameAsc(termId);
    }

    @Transactional(readOnly = true)
    public Term term(Long termId) {
        return terms.findById(termId).orElseThrow(NotFound.of("term", termId));
    }

    @Transactional(readOnly = true)
    public List<Term> termsOf(Long orgId) {
        return terms.findByOrgIdOrderByNumberDesc(orgId);
    }

    @Transactional(readOnly = true)
    public List<Constituency> constituencies(Long termId) {
        return constituencies.findByTermIdOrderByName(termId);
    }

    @Transactional(readOnly = true)
    public List<Representative> roster(Long termId) {
        return representatives.findByTermIdAndLeftOnIsNullOrderByConstituencyIdAscMemberNameAsc(termId);
    }

    /** Members of the org (in the caller's scope) who could be put on a roster. */
    @Transactional(readOnly = true)
    public List<Member> membersOf(Long orgId) {
        return members.findAll((root, q, cb) -> cb.equal(root.get("orgId"), orgId),
                org.springframework.data.domain.Sort.by("name"));
    }

    // ---------------------------------------------------------------- sessions

    @Transactional
    public CongressSession createSession(CurrentUser user, Long termId, int number, String title, Instant motionsOpenAt,
            Instant motionsCloseAt) {
        return createSession(user, termId, number, title, motionsOpenAt, motionsCloseAt, null);
    }

    /** A session (第N次会议) with its motion window (both ends or neither) and agenda. */
    @Transactional
    public CongressSession createSession(CurrentUser user, Long termId, int number, String title, Instant motionsOpenAt,
            Instant motionsCloseAt, String agenda) {
        Term term = term(termId);
        requireManager(user, term.getOrgId());
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
        requireManager(user, session.getOrgId());
        session.open(clock.instant());
        return session;
    }

    @Transactional
    public CongressSession closeSession(CurrentUser user, Long sessionId) {
        CongressSession session = session(sessionId);
        requireManager(user, session.getOrgId());
        session.close(clock.instant());
        return session;
    }

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

    /** Counts are public at a congress: computed as the system, whatever the caller may read row by row. */
    @Transactional(readOnly = true)
    public Quorum quorum(CongressSession session) {
        return Scopes.asSystem(() -> {
            Term term = terms.findById(session.getTermId()).orElseThrow();
            long eligible = representatives.countByTermIdAndLeftOnIsNull(term.getId());
            long present = attendances.countCurrent(session.getId(), term.getId());
            return new Quorum(eligible, present, term.quorumNeeded(eligible), term.quorate(present, eligible));
        });
    }

    @Transactional(readOnly = true)
    public boolean isPresent(Long sessionId, Long memberId) {
        return memberId != null && Scopes.asSystem(() -> attendances.existsBySessionIdAndMemberId(sessionId, memberId));
    }

    @Transactional(readOnly = true)
    public List<Attendance> attendance(Long sessionId) {
        return attendances.findBySessionId(sessionId);
    }

    /** A new QR sign-in token for the screen; the old one stops working. */
    @Transactional
    public CongressSession renewSignInToken(CurrentUser user, Long sessionId) {
        CongressSession session = session(sessionId);
        requireManager(user, session.getOrgId());
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
        if (!isManager(user, session.getOrgId()) || !session.acceptsSignInToken(session.getSignInToken(), clock.instant())) {
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
        CongressSession session = Scopes.asSystem(() -> sessions.findById(sessionId))
                .orElseThrow(NotFound.of("session", sessionId));
        if (session.acceptsSignInToken(token, clock.instant()) || isRepresentative(user, session.getTermId())) {
            return session;
        }
        throw NotFound.of("session", sessionId).get();
    }

    /** A representative who scanned the session's QR code (signed in) is present. Signing in twice is harmless. */
    @Transactional
    public Attendance signInByCode(CurrentUser user, Long sessionId, String token) {
        CongressSession session = Scopes.asSystem(() -> sessions.findById(sessionId))
                .orElseThrow(NotFound.of("session", sessionId));
        if (!session.acceptsSignInToken(token, clock.instant())) {
            throw new Conflict("congress.signIn.codeInvalid");
        }
        if (!isRepresentative(user, session.getTermId())) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "congress.error.notRepresentative");
        }
        return attend(session, user.memberId(), Attendance.Method.QR);
    }

    /** Staff mark a representative present (no phone, no code). */
    @Transactional
    public Attendance markPresent(CurrentUser user, Long sessionId, Long memberId) {
        CongressSession session = session(sessionId);
        requireManager(user, session.getOrgId());
        if (!session.isSitting()) {
            throw new Conflict("congress.session.notSitting");
        }
        if (!Scopes.asSystem(() -> representatives.existsByTermIdAndMemberIdAndLeftOnIsNull(session.getTermId(), memberId))) {
            throw InvalidInput.field("memberId", "congress.error.notRepresentative");
        }
        return attend(session, memberId, Attendance.Method.STAFF);
    }

    private Attendance attend(CongressSession session, Long memberId, Attendance.Method method) {
        return Scopes.asSystem(() -> attendances.findBySessionIdAndMemberId(session.getId(), memberId))
                .orElseGet(() -> attendances.save(new Attendance(session, memberId, clock.instant(), method)));
    }
}
