package org.workershome.competitions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.cache.NodeCaches;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.scope.Scopes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The ranking of a competition's current stage, as everyone sees it: a final's hall, phones, the results board.
 * Read as the system, because the viewers have no scope (or a self-only one) and the ranking names entrants of every
 * unit; only a public ranking (final or published) is served to them — the organiser's page checks its own access
 * first. Computed at most once per {@code rankingCache} (1 s) per competition however many viewers poll it; a new
 * mark drops the cached copy.
 */
@Component
class RankingBoard {

    /** One line of the ranking. */
    record Line(int rank, Long entryId, Long memberId, String name, String teamName, String orgName, BigDecimal total,
            List<BigDecimal> itemMeans, int judges) {}

    /** {@code stage}: the stage whose marks are ranked; {@code competitionStage}: where the competition stands. */
    record Ranking(Long competitionId, String title, CompetitionStage stage, CompetitionStage competitionStage,
            List<RubricItem> rubric, List<Line> lines, Instant computedAt) {

        /** A final still running: the page polls. */
        public boolean live() {
            return competitionStage == CompetitionStage.FINAL;
        }
    }

    private final Competitions competitions;
    private final Entries entries;
    private final Scores scores;
    private final MemberDirectory members;
    private final OrgDirectory orgs;
    private final Clock clock;
    private static final String CACHE = "competition-rankings";
    private final NodeCaches caches;
    private final Cache<Long, Ranking> cache;

    RankingBoard(Competitions competitions, Entries entries, Scores scores, MemberDirectory members, OrgDirectory orgs,
            Clock clock, CompetitionsProperties properties, NodeCaches caches) {
        this.caches = caches;
        this.competitions = competitions;
        this.entries = entries;
        this.scores = scores;
        this.members = members;
        this.orgs = orgs;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().expireAfterWrite(properties.rankingCache()).maximumSize(1_000).build();
        caches.register(CACHE, cache::invalidateAll);
    }

    /** The public ranking (final or published), or empty: the competition does not exist for a visitor. */
    @Transactional(readOnly = true)
    public Optional<Ranking> publicRanking(Long competitionId) {
        Ranking ranking = cache.get(competitionId, id -> Scopes.asSystem(() -> competitions.findById(id))
                .filter(Competition::isRankingPublic).map(this::compute).orElse(null));
        return Optional.ofNullable(ranking);
    }

    /** The ranking of the competition's current stage, fresh, for a caller who was allowed to see it. */
    @Transactional(readOnly = true)
    public Ranking current(Competition competition) {
        return compute(competition);
    }

    /** A score or stage changed: this competition's ranking is computed again here, every ranking on the other nodes. */
    void changed(Long competitionId) {
        cache.invalidate(competitionId);
        caches.changed(CACHE);
    }

    private Ranking compute(Competition competition) {
        CompetitionStage stage = competition.getStage() == CompetitionStage.RESULTS_PUBLISHED
                || competition.getStage() == CompetitionStage.REVIEW ? CompetitionStage.FINAL : competition.getStage();
        List<Entry> approved = Scopes.asSystem(() -> entries
                .findByCompetitionIdAndStatusOrderByRegisteredAtAscIdAsc(competition.getId(), EntryStatus.APPROVED))
                .stream().filter(e -> stage != CompetitionStage.FINAL || e.isFinalist()).toList();
        List<Score> marks = Scopes.asSystem(() -> scores.findByCompetitionIdAndStage(competition.getId(), stage));
        List<Scoring.Result> results = Scoring.rank(
                competition.getRubric().stream().map(i -> new Scoring.Item(i.getWeight(), i.getMaxScore())).toList(),
                competition.getTrimCount(),
                approved.stream().map(e -> new Scoring.Contender(e.getId(), e.getRegisteredAt())).toList(),
                marks.stream().map(s -> new Scoring.Mark(s.getEntryId(), s.getJudgeId(), s.getItemPosition(),
                        s.getPoints())).toList());
        Map<Long, Entry> byId = approved.stream().collect(java.util.stream.Collectors.toMap(Entry::getId, e -> e));
        Map<Long, String> names = members.namesOf(approved.stream().map(Entry::getMemberId).toList());
        Map<Long, String> orgNames = orgs.namesOf(approved.stream().map(Entry::getOrgId).distinct().toList());
        List<Line> lines = results.stream().map(r -> {
            Entry e = byId.get(r.entryId());
            return new Line(r.rank(), e.getId(), e.getMemberId(), names.get(e.getMemberId()), e.getTeamName(),
                    orgNames.get(e.getOrgId()), r.total(), r.itemMeans(), r.judges());
        }).toList();
        return new Ranking(competition.getId(), competition.getTitle(), stage,
                competition.getStage(), competition.getRubric(), lines,
                clock.instant());
    }
}
