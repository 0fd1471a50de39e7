package org.workershome.competitions;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.scope.Scopes;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workershome.core.workflow.Timeline;

/** Organising a competition: its terms and rubric, and moving it through its stages. */
@Service
public class CompetitionManagement {

    /** The terms of a competition as the organiser gives them. */
    public record Draft(String title, String theme, CompetitionKind kind, CompetitionLevel level, String occupation,
            int trimCount, int prizeCount, int finalistCount, int appealHours, List<RubricItem> rubric) {}

    private final Competitions competitions;
    private final Access access;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final OrgDirectory orgs;
    private final Entries entries;
    private final ScoreAppeals appeals;
    private final RankingBoard board;
    private final Clock clock;

    CompetitionManagement(Competitions competitions, Access access, Timeline timeline, ApplicationEventPublisher events,
            OrgDirectory orgs, Entries entries, ScoreAppeals appeals, RankingBoard board, Clock clock) {
        this.entries = entries;
        this.appeals = appeals;
        this.board = board;
        this.orgs = orgs;
        this.competitions = competitions;
        this.access = access;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Competition create(CurrentUser user, Long orgId, Draft draft) {
        access.require(user, CompetitionsModule.MANAGE, orgId);
        check(draft);
        return competitions.save(new Competition(orgId, draft, clock.instant()));
    }

    @Transactional
    public Competition edit(CurrentUser user, Long id, Draft draft) {
        Competition competition = get(id);
        access.require(user, CompetitionsModule.MANAGE, competition.getOrgId());
        check(draft);
        competition.edit(draft);
        return competition;
    }

    /**
     * The next stage. Starting the final applies the cut-off (the preliminary's best {@code finalistCount} go on);
     * publishing waits for the appeal window to close and every appeal to be decided, then locks the scores and tells
     * the listeners (certificates for the winners).
     */
    @Transactional
    public Competition advance(CurrentUser user, Long id, CompetitionAction action) {
        Competition competition = get(id);
        access.require(user, CompetitionsModule.MANAGE, competition.getOrgId());
        Instant now = clock.instant();
        if (action == CompetitionAction.PUBLISH && competition.getStage() == CompetitionStage.REVIEW) {
            if (competition.takesAppealsAt(now)) {
                throw new Conflict("competition.appeal.error.windowOpen");
            }
            if (appeals.existsByCompetitionIdAndStatus(id, ScoreAppeal.Status.LODGED)) {
                throw new Conflict("competition.appeal.error.undecided");
            }
        }
        if (action == CompetitionAction.START_FINAL && competition.getStage() == CompetitionStage.PRELIMINARY
                && competition.getFinalistCount() > 0) {
            List<Long> out = board.current(competition).lines().stream()
                    .filter(line -> line.rank() > competition.getFinalistCount()).map(RankingBoard.Line::entryId).toList();
            entries.findAllById(out).forEach(Entry::leaveOutOfFinal);
        }
        CompetitionStage from = competition.advance(action, now);
        board.changed(id);
        timeline.record("competition", id, competition.getOrgId(), action, from, competition.getStage(), null);
        if (competition.getStage() == CompetitionStage.RESULTS_PUBLISHED) {
            events.publishEvent(new ResultsPublished(id, competition.getOrgId(), user.accountId()));
        }
        return competition;
    }

    /**
     * A competition the caller may see (404 otherwise): one in his scope, or one organised above his own org — a
     * competition is announced to every union below its organiser, whose cadres' scope lies below it. The latter is
     * read as the system, for that reason only.
     */
    @Transactional(readOnly = true)
    public Competition get(Long id) {
        return competitions.findById(id).or(() -> Scopes.asSystem(() -> competitions.findById(id))
                .filter(c -> ancestorsOfCaller().contains(c.getOrgId()))).orElseThrow(NotFound.of("competition", id));
    }

    /** What the caller sees: the competitions in his scope and those organised above his org, newest first. */
    @Transactional(readOnly = true)
    public List<Competition> list() {
        Map<Long, Competition> all = new LinkedHashMap<>();
        competitions.findAllByOrderByCreatedAtDesc().forEach(c -> all.put(c.getId(), c));
        List<Long> above = ancestorsOfCaller();
        if (!above.isEmpty()) {
            Scopes.asSystem(() -> competitions.findByOrgIdInOrderByCreatedAtDesc(above)).forEach(c -> all.putIfAbsent(c.getId(), c));
        }
        return all.values().stream().sorted(java.util.Comparator.comparing(Competition::getCreatedAt).reversed()
                .thenComparing(Competition::getId, java.util.Comparator.reverseOrder())).toList();
    }

    private List<Long> ancestorsOfCaller() {
        if (SecurityContextHolder.getContext().getAuthentication() == null
                || !(SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof CurrentUser user)
                || user.orgId() == null) {
            return List.of();
        }
        return orgs.selfAndAncestors(user.orgId()).stream().map(OrgDirectory.OrgSummary::id).toList();
    }

    private static void check(Draft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(draft.title()) || draft.title().length() > 200) {
            errors.put("title", "competition.title.required");
        }
        if (blank(draft.theme()) || draft.theme().length() > 500) {
            errors.put("theme", "competition.theme.required");
        }
        if (draft.kind() == null) {
            errors.put("kind", "competition.kind.required");
        }
        if (draft.level() == null) {
            errors.put("level", "competition.level.required");
        }
        if (draft.occupation() != null && draft.occupation().length() > 100) {
            errors.put("occupation", "competition.occupation.size");
        }
        if (draft.trimCount() < 0 || draft.trimCount() > 3) {
            errors.put("trimCount", "competition.trimCount.range");
        }
        if (draft.prizeCount() < 1 || draft.prizeCount() > 20) {
            errors.put("prizeCount", "competition.prizeCount.range");
        }
        if (draft.finalistCount() < 0 || draft.finalistCount() > 1000) {
            errors.put("finalistCount", "competition.finalistCount.range");
        }
        if (draft.appealHours() < 0 || draft.appealHours() > 720) {
            errors.put("appealHours", "competition.appealHours.range");
        }
        List<RubricItem> rubric = draft.rubric();
        if (rubric == null || rubric.isEmpty() || rubric.size() > 10) {
            errors.put("rubric", "competition.rubric.required");
        } else if (rubric.stream().anyMatch(i -> blank(i.getName()) || i.getName().length() > 100 || i.getWeight() <= 0
                || i.getMaxScore() < 1 || i.getMaxScore() > 1000)) {
            errors.put("rubric", "competition.rubric.item");
        } else if (rubric.stream().mapToInt(RubricItem::getWeight).sum() != 100) {
            errors.put("rubric", "competition.rubric.weights");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
