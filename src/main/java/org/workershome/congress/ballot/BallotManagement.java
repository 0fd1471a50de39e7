package org.workershome.congress.ballot;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.congress.CongressModule;
import org.workershome.congress.CongressSession;
import org.workershome.congress.PassRule;
import org.workershome.congress.SessionManagement;
import org.workershome.congress.Term;
import org.workershome.congress.TermManagement;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/**
 * Ballots: prepared by the chair, opened only with the quorum present (votes: {@link Voting}), counted on close
 * and published as a resolution ({@link ResolutionManagement}).
 */
@Service
public class BallotManagement {

    private final Ballots ballots;
    private final BallotOptions options;
    private final BallotTallies tallies;
    private final BallotParticipations participations;
    private final ResolutionManagement resolutions;
    private final SessionManagement sessions;
    private final TermManagement terms;
    private final Access access;
    private final EntityManager entityManager;
    private final Clock clock;

    BallotManagement(Ballots ballots, BallotOptions options, BallotTallies tallies, BallotParticipations participations,
            ResolutionManagement resolutions, SessionManagement sessions, TermManagement terms, Access access,
            EntityManager entityManager, Clock clock) {
        this.ballots = ballots;
        this.options = options;
        this.tallies = tallies;
        this.participations = participations;
        this.resolutions = resolutions;
        this.sessions = sessions;
        this.terms = terms;
        this.access = access;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A new ballot: candidates only for an election; secret unless {@code open} voting is asked for. */
    public record BallotDraft(String title, String description, BallotKind kind, boolean secret, int maxChoices,
            List<String> candidates, PassRule passRule, Instant opensAt, Instant closesAt) {}

    /** The figures of a closed ballot. */
    public record Result(Ballot ballot, List<BallotOption> options, int eligible, int present, int cast,
            double turnout, boolean quorum, boolean passed) {}

    // ---------------------------------------------------------------- preparing, opening

    @Transactional
    public Ballot create(CurrentUser user, Long sessionId, BallotDraft draft) {
        CongressSession session = sessions.session(sessionId);
        access.require(user, CongressModule.MANAGE, session.getOrgId());
        if (draft.title() == null || draft.title().isBlank()) {
            throw InvalidInput.field("title", "congress.field.required");
        }
        BallotKind kind = draft.kind() == null ? BallotKind.MOTION : draft.kind();
        List<String> candidates = draft.candidates() == null ? List.of()
                : draft.candidates().stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        if (kind == BallotKind.ELECTION && (candidates.isEmpty() || draft.maxChoices() < 1
                || draft.maxChoices() > candidates.size())) {
            throw InvalidInput.field("candidates", "congress.ballot.candidates.invalid");
        }
        if (draft.opensAt() != null && draft.closesAt() != null && !draft.closesAt().isAfter(draft.opensAt())) {
            throw InvalidInput.field("closesAt", "congress.ballot.times.invalid");
        }
        Term term = terms.term(session.getTermId());
        Ballot ballot = ballots.save(new Ballot(session, draft.title().strip(), draft.description(), kind, draft.secret(),
                draft.maxChoices(), draft.passRule() != null ? draft.passRule() : term.getPassRule(), draft.opensAt(),
                draft.closesAt()));
        List<BallotOption> made = new ArrayList<>();
        if (kind == BallotKind.MOTION) {
            for (Choice c : Choice.values()) {
                made.add(options.save(new BallotOption(ballot.getId(), c.name(), c.name(), c.ordinal())));
            }
        } else {
            for (int i = 0; i < candidates.size(); i++) {
                made.add(options.save(new BallotOption(ballot.getId(), "C" + (i + 1), candidates.get(i), i)));
            }
        }
        for (BallotOption option : made) {
            for (int stripe = 0; stripe < BallotTally.STRIPES; stripe++) {
                entityManager.persist(new BallotTally(ballot.getId(), option.getId(), stripe));
            }
        }
        return ballot;
    }

    /** Votes open only in a sitting session with the quorum present. */
    @Transactional
    public Ballot open(CurrentUser user, Long ballotId) {
        Ballot ballot = get(ballotId);
        access.require(user, CongressModule.MANAGE, ballot.getOrgId());
        openChecked(ballot);
        return ballot;
    }

    private void openChecked(Ballot ballot) {
        CongressSession session = sessions.session(ballot.getSessionId());
        if (!session.isSitting()) {
            throw new Conflict("congress.session.notSitting");
        }
        SessionManagement.Quorum quorum = sessions.quorum(session);
        if (!quorum.reached()) {
            throw new Conflict("congress.ballot.noQuorum", quorum.present(), quorum.needed(), quorum.eligible());
        }
        ballot.open(clock.instant());
    }

    // ---------------------------------------------------------------- closing

    @Transactional
    public Result close(CurrentUser user, Long ballotId) {
        Ballot ballot = get(ballotId);
        access.require(user, CongressModule.MANAGE, ballot.getOrgId());
        return closeNow(ballot);
    }

    private Result closeNow(Ballot ballot) {
        if (ballot.getStatus() != BallotStatus.OPEN) {
            throw new Conflict(ballot.getStatus() == BallotStatus.CLOSED ? "congress.ballot.alreadyClosed"
                    : "congress.ballot.notOpen");
        }
        CongressSession session = sessions.session(ballot.getSessionId());
        SessionManagement.Quorum quorum = sessions.quorum(session);
        int cast = (int) participations.countByBallotId(ballot.getId());
        Map<Long, Long> totals = new HashMap<>();
        for (Object[] row : tallies.totals(ballot.getId())) {
            totals.put((Long) row[0], ((Number) row[1]).longValue());
        }
        List<BallotOption> all = options.findByBallotIdOrderBySortOrder(ballot.getId());
        int eligible = (int) quorum.eligible();
        int present = (int) quorum.present();
        boolean passed;
        if (ballot.getKind() == BallotKind.MOTION) {
            long forVotes = 0;
            for (BallotOption o : all) {
                long v = totals.getOrDefault(o.getId(), 0L);
                o.result((int) v, null);
                if (o.getCode().equals(Choice.FOR.name())) {
                    forVotes = v;
                }
            }
            passed = quorum.reached() && ballot.getPassRule().passes(forVotes, eligible, present, cast);
        } else {
            List<BallotOption> ranked = new ArrayList<>(all);
            ranked.sort((a, b) -> Long.compare(totals.getOrDefault(b.getId(), 0L), totals.getOrDefault(a.getId(), 0L)));
            int seats = ballot.getMaxChoices();
            int elected = 0;
            for (BallotOption o : ranked) {
                long v = totals.getOrDefault(o.getId(), 0L);
                boolean in = quorum.reached() && elected < seats && ballot.getPassRule().passes(v, eligible, present, cast);
                if (in) {
                    elected++;
                }
                o.result((int) v, in);
            }
            passed = elected > 0;
        }
        ballot.close(clock.instant(), eligible, present, cast, quorum.reached(), passed);
        resolutions.publish(ballot, all);
        return result(ballot, all);
    }

    /** The job's way: ballots whose opening or closing time has come. */
    @Transactional
    public void applySchedule(Long ballotId) {
        Ballot ballot = ballots.findById(ballotId).orElse(null);
        if (ballot == null) {
            return;
        }
        Instant now = clock.instant();
        if (ballot.isDueToOpen(now)) {
            openChecked(ballot);
        } else if (ballot.isDueToClose(now)) {
            closeNow(ballot);
        }
    }

    // ---------------------------------------------------------------- reading

    /** A ballot the caller can see (managers: in scope; workers: of their unit), else 404. */
    @Transactional(readOnly = true)
    public Ballot get(Long ballotId) {
        return ballots.findById(ballotId).orElseThrow(NotFound.of("ballot", ballotId));
    }

    @Transactional(readOnly = true)
    public List<Ballot> ofSession(Long sessionId) {
        return ballots.findBySessionIdOrderById(sessionId);
    }

    /** Ballots with this status the caller can see. */
    @Transactional(readOnly = true)
    public List<Ballot> withStatus(BallotStatus status) {
        return ballots.findByStatusOrderById(status);
    }

    @Transactional(readOnly = true)
    public List<BallotOption> options(Long ballotId) {
        return options.findByBallotIdOrderBySortOrder(ballotId);
    }

    /** Figures of a closed ballot; an open one has none yet (the counters are not shown while voting runs). */
    @Transactional(readOnly = true)
    public Result result(Long ballotId) {
        Ballot ballot = get(ballotId);
        if (ballot.getStatus() != BallotStatus.CLOSED) {
            throw new Conflict("congress.ballot.notClosed");
        }
        return result(ballot, options.findByBallotIdOrderBySortOrder(ballotId));
    }

    private static Result result(Ballot ballot, List<BallotOption> all) {
        int eligible = ballot.getEligible();
        return new Result(ballot, all, eligible, ballot.getPresent(), ballot.getCastCount(),
                eligible == 0 ? 0 : Math.round(ballot.getCastCount() * 1000.0 / eligible) / 10.0,
                Boolean.TRUE.equals(ballot.getQuorumReached()), Boolean.TRUE.equals(ballot.getPassed()));
    }
}
