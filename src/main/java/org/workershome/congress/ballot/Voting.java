package org.workershome.congress.ballot;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.congress.SessionManagement;
import org.workershome.congress.TermManagement;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/**
 * One vote per present representative: the primary key of {@link BallotParticipation} decides, also between
 * concurrent requests. For a secret ballot the choice goes only into anonymous counters.
 */
@Service
public class Voting {

    private final Ballots ballots;
    private final BallotOptions options;
    private final BallotTallies tallies;
    private final BallotParticipations participations;
    private final TermManagement terms;
    private final SessionManagement sessions;
    private final EntityManager entityManager;
    private final Clock clock;

    /** Options never change after a ballot is created: kept per ballot (ids and codes only are used here). */
    private final Map<Long, List<BallotOption>> optionsByBallot = new ConcurrentHashMap<>();

    Voting(Ballots ballots, BallotOptions options, BallotTallies tallies, BallotParticipations participations,
            TermManagement terms, SessionManagement sessions, EntityManager entityManager, Clock clock) {
        this.ballots = ballots;
        this.options = options;
        this.tallies = tallies;
        this.participations = participations;
        this.terms = terms;
        this.sessions = sessions;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What a representative chooses: {@code choice} for a motion ballot, {@code candidates} (codes) for an election. */
    public record VoteRequest(Choice choice, List<String> candidates) {}

    /**
     * One vote. Refusals: not on the roster or not signed in at the session → 403; ballot not open, or already
     * voted → 409. Participation is inserted first: a concurrent twin waits on its primary key and then fails.
     */
    @Transactional
    public void vote(CurrentUser user, Long ballotId, VoteRequest request) {
        Ballot ballot = ballots.findById(ballotId).orElseThrow(NotFound.of("ballot", ballotId));
        Long memberId = user.memberId();
        // signed in is not enough: a representative taken off the roster during the sitting keeps his attendance
        // row, so the roster (left_on is null) is checked as well
        boolean representative = terms.isRepresentative(user, ballot.getTermId());
        if (!representative || !sessions.isPresent(ballot.getSessionId(), memberId)) {
            throw new BusinessException(HttpStatus.FORBIDDEN, representative
                    ? "congress.error.notPresent" : "congress.error.notRepresentative");
        }
        if (!ballot.acceptsVotes(clock.instant())) {
            throw new Conflict("congress.ballot.notOpen");
        }
        List<BallotOption> chosen = chosenOptions(ballot, request);
        String openChoice = String.join(",", chosen.stream().map(BallotOption::getCode).toList());
        try {
            entityManager.persist(new BallotParticipation(ballot, memberId, openChoice));
            entityManager.flush();
        } catch (PersistenceException | DataAccessException twin) {
            throw new Conflict("congress.ballot.alreadyVoted");
        }
        if (!chosen.isEmpty()) {
            tallies.increment(ballotId, chosen.stream().map(BallotOption::getId).toList(),
                    ThreadLocalRandom.current().nextInt(BallotTally.STRIPES));
        }
    }

    private List<BallotOption> chosenOptions(Ballot ballot, VoteRequest request) {
        List<BallotOption> all = optionsByBallot.computeIfAbsent(ballot.getId(),
                id -> List.copyOf(options.findByBallotIdOrderBySortOrder(id)));
        Map<String, BallotOption> byCode = new HashMap<>();
        all.forEach(o -> byCode.put(o.getCode(), o));
        if (ballot.getKind() == BallotKind.MOTION) {
            if (request == null || request.choice() == null) {
                throw InvalidInput.field("choice", "congress.vote.choice.required");
            }
            return List.of(byCode.get(request.choice().name()));
        }
        if (request == null || request.candidates() == null) {
            throw InvalidInput.field("candidates", "congress.vote.candidates.invalid");
        }
        Set<String> codes = new LinkedHashSet<>(request.candidates());
        if (codes.size() != request.candidates().size() || codes.size() > ballot.getMaxChoices()
                || !byCode.keySet().containsAll(codes)) {
            throw InvalidInput.field("candidates", "congress.vote.candidates.invalid");
        }
        return codes.stream().map(byCode::get).toList();
    }

    /** Whether the caller may vote on the ballot now (for views). */
    @Transactional(readOnly = true)
    public boolean mayVote(CurrentUser user, Ballot ballot, boolean voted) {
        return !voted && ballot.acceptsVotesNow() && terms.isRepresentative(user, ballot.getTermId())
                && sessions.isPresent(ballot.getSessionId(), user.memberId());
    }

    /** Whether the caller already voted on these ballots (ids among them). */
    @Transactional(readOnly = true)
    public Set<Long> votedAmong(CurrentUser user, Collection<Long> ballotIds) {
        if (user.memberId() == null || ballotIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(participations.votedAmong(user.memberId(), ballotIds));
    }

    /** How many have voted so far: public, like the participation rows (not what they chose). */
    @Transactional(readOnly = true)
    public long turnoutSoFar(Long ballotId) {
        return participations.countByBallotId(ballotId);
    }

    /** Who voted what — only for a ballot that is not secret; a secret ballot's choices are nowhere linked to names. */
    @Transactional(readOnly = true)
    public List<BallotParticipation> openVotes(Long ballotId) {
        Ballot ballot = ballots.findById(ballotId).orElseThrow(NotFound.of("ballot", ballotId));
        if (ballot.isSecret()) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "congress.ballot.secretVotes");
        }
        return participations.findByBallotId(ballotId);
    }
}
