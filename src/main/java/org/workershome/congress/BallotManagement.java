package org.workershome.congress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.scope.Scopes;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/**
 * Ballots: prepared by the chair, opened only with the quorum present, one vote per present representative
 * (the primary key of {@link BallotParticipation} decides, also between concurrent requests), counted on close
 * and published as a resolution. For a secret ballot the choice goes only into anonymous counters.
 */
@Service
public class BallotManagement {

    private final Ballots ballots;
    private final BallotOptions options;
    private final BallotTallies tallies;
    private final BallotParticipations participations;
    private final Resolutions resolutions;
    private final ResolutionReports reports;
    private final CongressManagement congress;
    private final Terms terms;
    private final EntityManager entityManager;
    private final MessageSource messages;
    private final Clock clock;

    BallotManagement(Ballots ballots, BallotOptions options, BallotTallies tallies, BallotParticipations participations,
            Resolutions resolutions, ResolutionReports reports, CongressManagement congress, Terms terms,
            EntityManager entityManager, MessageSource messages, Clock clock) {
        this.ballots = ballots;
        this.options = options;
        this.tallies = tallies;
        this.participations = participations;
        this.resolutions = resolutions;
        this.reports = reports;
        this.congress = congress;
        this.terms = terms;
        this.entityManager = entityManager;
        this.messages = messages;
        this.clock = clock;
    }

    /** A new ballot: candidates only for an election; secret unless {@code open} voting is asked for. */
    public record BallotDraft(String title, String description, BallotKind kind, boolean secret, int maxChoices,
            List<String> candidates, PassRule passRule, Instant opensAt, Instant closesAt) {}

    /** What a representative chooses: {@code choice} for a motion ballot, {@code candidates} (codes) for an election. */
    public record VoteRequest(Choice choice, List<String> candidates) {}

    /** The figures of a closed ballot. */
    public record Result(Ballot ballot, List<BallotOption> options, int eligible, int present, int cast,
            double turnout, boolean quorum, boolean passed) {}

    // ---------------------------------------------------------------- preparing, opening

    @Transactional
    public Ballot create(CurrentUser user, Long sessionId, BallotDraft draft) {
        CongressSession session = congress.session(sessionId);
        congress.requireManager(user, session.getOrgId());
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
        Term term = congress.term(session.getTermId());
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
        congress.requireManager(user, ballot.getOrgId());
        openChecked(ballot);
        return ballot;
    }

    private void openChecked(Ballot ballot) {
        CongressSession session = Scopes.asSystem(() -> congress.session(ballot.getSessionId()));
        if (!session.isSitting()) {
            throw new Conflict("congress.session.notSitting");
        }
        CongressManagement.Quorum quorum = congress.quorum(session);
        if (!quorum.reached()) {
            throw new Conflict("congress.ballot.noQuorum", quorum.present(), quorum.needed(), quorum.eligible());
        }
        ballot.open(clock.instant());
    }

    // ---------------------------------------------------------------- voting

    /**
     * One vote. Refusals: not on the roster or not signed in at the session → 403; ballot not open, or already
     * voted → 409. Participation is inserted first: a concurrent twin waits on its primary key and then fails.
     */
    @Transactional
    public void vote(CurrentUser user, Long ballotId, VoteRequest request) {
        Ballot ballot = Scopes.asSystem(() -> ballots.findById(ballotId)).orElseThrow(NotFound.of("ballot", ballotId));
        Long memberId = user.memberId();
        // signed in is not enough: a representative taken off the roster during the sitting keeps his attendance
        // row, so the roster (left_on is null) is checked as well
        boolean representative = congress.isRepresentative(user, ballot.getTermId());
        if (!representative || !congress.isPresent(ballot.getSessionId(), memberId)) {
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

    /** Options never change after a ballot is created: kept per ballot (ids and codes only are used here). */
    private final Map<Long, List<BallotOption>> optionsByBallot = new java.util.concurrent.ConcurrentHashMap<>();

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

    // ---------------------------------------------------------------- closing

    @Transactional
    public Result close(CurrentUser user, Long ballotId) {
        Ballot ballot = get(ballotId);
        congress.requireManager(user, ballot.getOrgId());
        return closeNow(ballot);
    }

    private Result closeNow(Ballot ballot) {
        if (ballot.getStatus() != BallotStatus.OPEN) {
            throw new Conflict(ballot.getStatus() == BallotStatus.CLOSED ? "congress.ballot.alreadyClosed"
                    : "congress.ballot.notOpen");
        }
        CongressSession session = Scopes.asSystem(() -> congress.session(ballot.getSessionId()));
        CongressManagement.Quorum quorum = congress.quorum(session);
        int cast = (int) (long) Scopes.asSystem(() -> participations.countByBallotId(ballot.getId()));
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
        resolutions.save(new Resolution(ballot, ballot.getTitle(), resolutionText(ballot, all, eligible, present, cast),
                passed, clock.instant()));
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

    private String resolutionText(Ballot ballot, List<BallotOption> all, int eligible, int present, int cast) {
        StringBuilder counts = new StringBuilder();
        for (BallotOption o : all) {
            if (counts.length() > 0) {
                counts.append("，");
            }
            counts.append(label(ballot, o)).append(' ').append(o.getVotes());
        }
        String outcome = ballot.getKind() == BallotKind.MOTION
                ? text(ballot.getPassed() != null && ballot.getPassed() ? "congress.resolution.adopted" : "congress.resolution.rejected")
                : text("congress.resolution.elected", String.join("、", all.stream()
                        .filter(o -> Boolean.TRUE.equals(o.getElected())).map(BallotOption::getLabel).toList()));
        return text("congress.resolution.text", ballot.getTitle(), eligible, present, cast, counts.toString(), outcome);
    }

    private String label(Ballot ballot, BallotOption o) {
        return ballot.getKind() == BallotKind.MOTION ? text("congress.choice." + o.getCode()) : o.getLabel();
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

    /** Whether the caller already voted on these ballots (ids among them). */
    @Transactional(readOnly = true)
    public Set<Long> votedAmong(CurrentUser user, Collection<Long> ballotIds) {
        if (user.memberId() == null || ballotIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(participations.votedAmong(user.memberId(), ballotIds));
    }

    @Transactional(readOnly = true)
    public long turnoutSoFar(Long ballotId) {
        return Scopes.asSystem(() -> participations.countByBallotId(ballotId));
    }

    /** Who voted what — only for a ballot that is not secret; a secret ballot's choices are nowhere linked to names. */
    @Transactional(readOnly = true)
    public List<BallotParticipation> openVotes(Long ballotId) {
        Ballot ballot = get(ballotId);
        if (ballot.isSecret()) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "congress.ballot.secretVotes");
        }
        return Scopes.asSystem(() -> participations.findByBallotId(ballotId));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Resolution> resolutionOf(Long ballotId) {
        return resolutions.findByBallotId(ballotId);
    }

    @Transactional(readOnly = true)
    public List<Resolution> resolutions() {
        return resolutions.findAllByOrderByPublishedAtDesc();
    }

    @Transactional(readOnly = true)
    public Resolution resolution(Long id) {
        return resolutions.findById(id).orElseThrow(NotFound.of("resolution", id));
    }

    @Transactional(readOnly = true)
    public List<ResolutionReport> reports(Long resolutionId) {
        return reports.findByResolutionIdOrderByReportedAt(resolutionId);
    }

    @Transactional
    public ResolutionReport report(CurrentUser user, Long resolutionId, String text) {
        Resolution resolution = resolution(resolutionId);
        congress.requireManager(user, resolution.getOrgId());
        if (text == null || text.isBlank()) {
            throw InvalidInput.field("text", "congress.field.required");
        }
        return reports.save(new ResolutionReport(resolution, text.strip(), user.displayName(), clock.instant()));
    }

    /** The term's rules of a ballot (for views). */
    @Transactional(readOnly = true)
    public Term termOf(Ballot ballot) {
        return Scopes.asSystem(() -> terms.findById(ballot.getTermId()).orElseThrow());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
