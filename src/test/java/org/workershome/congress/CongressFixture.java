package org.workershome.congress;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.workershome.congress.ballot.Ballot;
import org.workershome.congress.ballot.BallotKind;
import org.workershome.congress.ballot.BallotManagement;
import org.workershome.congress.ballot.Choice;
import org.workershome.congress.ballot.Voting;
import org.workershome.congress.motion.MotionManagement;
import org.workershome.core.account.Accounts;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.scope.Scopes;

/**
 * Builds sittings of the demo congress for tests: a new session of the forest farm's term with chosen
 * representatives signed in, and a ballot opened in it — so tests never vote on each other's ballots.
 */
@Component
class CongressFixture {

    private static final AtomicInteger SESSION_NUMBER = new AtomicInteger(100);

    final TermManagement terms;
    final SessionManagement sessions;
    final BallotManagement ballots;
    final Voting voting;
    final MotionManagement motions;
    final Terms termRows;
    final Representatives representatives;
    final UserDetailsService users;
    final Accounts accounts;

    CongressFixture(TermManagement terms, SessionManagement sessions, BallotManagement ballots, Voting voting,
            MotionManagement motions, Terms termRows, Representatives representatives, UserDetailsService users,
            Accounts accounts) {
        this.terms = terms;
        this.sessions = sessions;
        this.ballots = ballots;
        this.voting = voting;
        this.motions = motions;
        this.termRows = termRows;
        this.representatives = representatives;
        this.users = users;
        this.accounts = accounts;
    }

    record Sitting(Term term, CongressSession session, List<Representative> roster) {}

    Term demoTerm() {
        CurrentUser cadre = user("cadre.forest");
        // the demo's term (tests create terms of their own with other numbers)
        return Scopes.asSystem(() -> termRows.findByOrgIdOrderByNumberDesc(cadre.orgId()).stream()
                .filter(t -> t.getNumber() == 3).findFirst().orElseThrow());
    }

    Long memberOf(String username) {
        return Scopes.asSystem(() -> accounts.findByUsername(username).orElseThrow().getMemberId());
    }

    /** A sitting session of the demo term with {@code present} representatives signed in (rep.forest first). */
    Sitting sitting(int present) {
        return sitting(present, true);
    }

    /** As above; without rep.forest among those signed in when {@code withRep} is false. */
    Sitting sitting(int present, boolean withRep) {
        Term term = demoTerm();
        Long rep = memberOf("rep.forest");
        List<Representative> roster = new java.util.ArrayList<>(Scopes.asSystem(
                () -> representatives.findByTermIdOrderByConstituencyIdAscMemberNameAsc(term.getId())));
        roster.sort(java.util.Comparator.comparing((Representative r) -> !r.getMemberId().equals(rep))
                .thenComparing(Representative::getId));
        return as("cadre.forest", () -> {
            CongressSession session = sessions.createSession(user("cadre.forest"), term.getId(),
                    SESSION_NUMBER.incrementAndGet(), "测试会议" + System.nanoTime(), null, null);
            sessions.openSession(user("cadre.forest"), session.getId());
            for (int i = withRep ? 0 : 1; i < (withRep ? present : present + 1); i++) {
                sessions.markPresent(user("cadre.forest"), session.getId(), roster.get(i).getMemberId());
            }
            return new Sitting(term, session, roster);
        });
    }

    /** Two thirds present (the quorum), rep.forest among them. */
    Sitting quorateSitting() {
        int eligible = Scopes.asSystem(() -> (int) representatives.countByTermId(demoTerm().getId()));
        return sitting((eligible * 2 + 2) / 3);
    }

    Ballot openBallot(Sitting sitting, boolean secret) {
        return as("cadre.forest", () -> {
            Ballot ballot = ballots.create(user("cadre.forest"), sitting.session().getId(), new BallotManagement.BallotDraft(
                    "测试表决" + System.nanoTime(), null, BallotKind.MOTION, secret, 1, null, null, null, null));
            return ballots.open(user("cadre.forest"), ballot.getId());
        });
    }

    /** An account for a representative without one (tests only): "rep.t.<member id>", self-only scope. */
    String accountFor(Representative r) {
        var existing = Scopes.asSystem(() -> accounts.findByMemberId(r.getMemberId()));
        if (existing.isPresent()) {
            return existing.get().getUsername();
        }
        String username = "rep.t." + r.getMemberId();
        Scopes.asSystem(() -> {
            if (accounts.findByUsername(username).isEmpty()) {
                accounts.save(new org.workershome.core.account.Account(username, "{noop}unused", r.getMemberName(),
                        r.getOrgId(), r.getMemberId(), org.workershome.core.scope.DataScope.SELF,
                        java.util.Set.of(org.workershome.core.account.Role.WORKER), null, java.time.Instant.now()));
            }
        });
        return username;
    }

    /** Votes as that representative, through the service. */
    void vote(Representative r, Long ballotId, Choice choice) {
        String username = accountFor(r);
        as(username, () -> {
            voting.vote(user(username), ballotId, new Voting.VoteRequest(choice, null));
            return null;
        });
    }

    /** Whether the member signed in at the session (read as the system: tests ask outside any request). */
    boolean present(Long sessionId, Long memberId) {
        return Scopes.asSystem(() -> sessions.isPresent(sessionId, memberId));
    }

    CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    /** Runs as a signed-in account (services read the scope from the security context). */
    <T> T as(String username, Supplier<T> work) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        CurrentUser user = user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
