package org.workershome.competitions;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.NotFound;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory;

/** The competitions contract of mobile clients and scoring tablets: competitions, entries, scores, rankings. */
@RestController
@RequestMapping("/api/v1/competitions")
class CompetitionApi {

    private final CompetitionManagement competitions;
    private final EntryManagement entries;
    private final JudgingManagement judging;
    private final RankingController.Rankings rankings;
    private final MemberDirectory members;
    private final OrgDirectory orgs;

    CompetitionApi(CompetitionManagement competitions, EntryManagement entries, JudgingManagement judging,
            RankingController.Rankings rankings, MemberDirectory members, OrgDirectory orgs) {
        this.competitions = competitions;
        this.entries = entries;
        this.judging = judging;
        this.rankings = rankings;
        this.members = members;
        this.orgs = orgs;
    }

    record CompetitionView(Long id, String title, String theme, String kind, String level, String stage, Long orgId,
            String orgName, String occupation, int trimCount, int prizeCount, List<Item> rubric) {}

    record Item(int position, String name, int weight, int maxScore) {}

    record EntryView(Long id, Long memberId, String name, Long orgId, String orgName, String teamName,
            String teamMembers, String status, Instant registeredAt) {}

    record NewEntry(Long memberId, String teamName, String teamMembers) {}

    record DecisionBody(EntryManagement.Decision decision) {}

    record ScoreBody(Long entryId, Map<Integer, Integer> points) {}

    record RankingView(Long competitionId, String stage, Instant computedAt, List<Line> lines) {}

    record Line(int rank, Long entryId, String name, String teamName, String orgName, BigDecimal total,
            List<BigDecimal> itemMeans, int judges) {}

    @GetMapping
    List<CompetitionView> list() {
        return competitions.list().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    CompetitionView get(@PathVariable Long id) {
        return view(competitions.get(id));
    }

    @GetMapping("/{id}/entries")
    List<EntryView> entries(@PathVariable Long id) {
        competitions.get(id);
        List<Entry> list = entries.of(id);
        Map<Long, String> names = members.namesOf(list.stream().map(Entry::getMemberId).toList());
        return list.stream().map(e -> view(e, names.get(e.getMemberId()))).toList();
    }

    @PostMapping("/{id}/entries")
    ResponseEntity<EntryView> register(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody NewEntry body) {
        Entry entry = entries.register(user, id, new EntryManagement.Registration(body.memberId(), body.teamName(),
                body.teamMembers()));
        return ResponseEntity.created(URI.create("/api/v1/competitions/" + id + "/entries/" + entry.getId()))
                .body(view(entry, members.nameOf(entry.getMemberId()).orElse(null)));
    }

    @PostMapping("/{id}/entries/{entryId}/decision")
    EntryView decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long entryId,
            @RequestBody DecisionBody body) {
        Entry entry = entries.decide(user, entryId, body.decision());
        if (!entry.getCompetitionId().equals(id)) {
            throw new NotFound("entry", entryId);
        }
        return view(entry, members.nameOf(entry.getMemberId()).orElse(null));
    }

    @PostMapping("/{id}/scores")
    ResponseEntity<Void> score(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody ScoreBody body) {
        if (body.entryId() == null) {
            throw org.workershome.core.error.InvalidInput.field("entryId", "competition.score.entryRequired");
        }
        judging.score(user, id, body.entryId(), body.points());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/ranking")
    RankingView ranking(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        RankingBoard.Ranking ranking = rankings.of(user, id);
        return new RankingView(ranking.competitionId(), ranking.stage().name(), ranking.computedAt(),
                ranking.lines().stream().map(l -> new Line(l.rank(), l.entryId(), l.name(), l.teamName(), l.orgName(),
                        l.total(), l.itemMeans(), l.judges())).toList());
    }

    private CompetitionView view(Competition c) {
        List<RubricItem> rubric = c.getRubric();
        return new CompetitionView(c.getId(), c.getTitle(), c.getTheme(), c.getKind().name(), c.getLevel().name(),
                c.getStage().name(), c.getOrgId(), orgs.nameOf(c.getOrgId()), c.getOccupation(), c.getTrimCount(),
                c.getPrizeCount(), java.util.stream.IntStream.range(0, rubric.size()).mapToObj(i -> new Item(i,
                        rubric.get(i).getName(), rubric.get(i).getWeight(), rubric.get(i).getMaxScore())).toList());
    }

    private EntryView view(Entry e, String name) {
        return new EntryView(e.getId(), e.getMemberId(), name, e.getOrgId(), orgs.nameOf(e.getOrgId()), e.getTeamName(),
                e.getTeamMembers(), e.getStatus().name(), e.getRegisteredAt());
    }
}
