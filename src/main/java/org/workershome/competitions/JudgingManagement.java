package org.workershome.competitions;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.org.OrgDirectory;

/**
 * Judging: the organiser appoints judges; a judge declares conflicts of interest; a judge scores approved entries
 * while a preliminary or final runs. The service refuses — whatever a page offers — a judge scoring an entrant of
 * his own union (or of a union below it) or one he declared a conflict with.
 */
@Service
public class JudgingManagement {

    private final Judges judges;
    private final Scores scores;
    private final Entries entries;
    private final CompetitionManagement competitions;
    private final PermissionHolders holders;
    private final OrgDirectory orgs;
    private final Access access;
    private final RankingBoard board;
    private final Clock clock;

    JudgingManagement(Judges judges, Scores scores, Entries entries, CompetitionManagement competitions,
            PermissionHolders holders, OrgDirectory orgs, Access access, RankingBoard board, Clock clock) {
        this.judges = judges;
        this.scores = scores;
        this.entries = entries;
        this.competitions = competitions;
        this.holders = holders;
        this.orgs = orgs;
        this.access = access;
        this.board = board;
        this.clock = clock;
    }

    /** The organiser appoints an account holding the judge's permission that is a member's (its unit: his org). */
    @Transactional
    public Judge appoint(CurrentUser user, Long competitionId, Long judgeAccountId) {
        Competition competition = competitions.get(competitionId);
        access.require(user, CompetitionsModule.MANAGE, competition.getOrgId());
        if (competition.getStage() == CompetitionStage.RESULTS_PUBLISHED) {
            throw new Conflict("competition.error.resultsLocked");
        }
        PermissionHolders.Holder holder = holders.holder(judgeAccountId, CompetitionsModule.SCORE)
                .orElseThrow(() -> InvalidInput.field("judgeAccountId", "competition.judge.unknown"));
        Long memberId = holders.memberOfAccount(judgeAccountId)
                .orElseThrow(() -> InvalidInput.field("judgeAccountId", "competition.judge.unknown"));
        if (judges.findByCompetitionIdAndAccountId(competitionId, judgeAccountId).isPresent()) {
            throw new Conflict("competition.error.alreadyJudge");
        }
        return judges.save(new Judge(competition, judgeAccountId, memberId, holder.orgId()));
    }

    /** The judge declares that he may not fairly score this entrant (kin, colleague, trainer…). */
    @Transactional
    public Judge declareConflict(CurrentUser user, Long competitionId, Long entryId) {
        Judge judge = judgeOf(user, competitionId).orElseThrow(JudgingManagement::notAJudge);
        Entry entry = entries.findById(entryId).filter(e -> e.getCompetitionId().equals(competitionId))
                .orElseThrow(NotFound.of("entry", entryId));
        judge.declareConflict(entry.getId());
        return judge;
    }

    /**
     * Records the judge's marks for one entry (rubric position → points, 0 to the item's maximum); a mark given before
     * in this stage is replaced. All marks are checked before any is written.
     */
    @Transactional
    public void score(CurrentUser user, Long competitionId, Long entryId, Map<Integer, Integer> points) {
        access.require(user, CompetitionsModule.SCORE);
        Competition competition = competitions.get(competitionId);
        Judge judge = judgeOf(user, competitionId).orElseThrow(JudgingManagement::notAJudge);
        if (!competition.getStage().isScoring()) {
            throw new Conflict(competition.getStage() == CompetitionStage.RESULTS_PUBLISHED
                    ? "competition.error.resultsLocked" : "competition.error.scoringClosed");
        }
        Entry entry = entries.findById(entryId).filter(e -> e.getCompetitionId().equals(competitionId))
                .orElseThrow(NotFound.of("entry", entryId));
        if (entry.getStatus() != EntryStatus.APPROVED) {
            throw new Conflict("competition.error.entryNotApproved");
        }
        if (competition.getStage() == CompetitionStage.FINAL && !entry.isFinalist()) {
            throw new Conflict("competition.error.notFinalist");
        }
        refuseConflict(judge, entry);
        List<RubricItem> rubric = competition.getRubric();
        Map<String, String> errors = new LinkedHashMap<>();
        if (points == null || points.isEmpty()) {
            errors.put("points", "competition.score.required");
        } else {
            points.forEach((position, value) -> {
                if (position == null || position < 0 || position >= rubric.size()) {
                    errors.put("points", "competition.score.unknownItem");
                } else if (value == null || value < 0 || value > rubric.get(position).getMaxScore()) {
                    errors.put("item" + position, "competition.score.range");
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Instant now = clock.instant();
        points.forEach((position, value) -> scores
                .findByJudgeIdAndEntryIdAndItemPositionAndStage(judge.getId(), entryId, position, competition.getStage())
                .ifPresentOrElse(s -> s.change(value, now),
                        () -> scores.save(new Score(entry, judge, position, competition.getStage(), value, now))));
        board.changed(competitionId);
    }

    /** Why this judge may not score this entry, or null: the rule the page and the service share. */
    String conflictOf(Judge judge, Entry entry) {
        if (orgs.isWithin(entry.getOrgId(), judge.getJudgeOrgId())) {
            return "competition.error.ownOrg";
        }
        if (judge.declaredConflictWith(entry.getId())) {
            return "competition.error.conflictOfInterest";
        }
        return null;
    }

    private void refuseConflict(Judge judge, Entry entry) {
        String conflict = conflictOf(judge, entry);
        if (conflict != null) {
            throw new BusinessException(HttpStatus.CONFLICT, conflict);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Judge> judgeOf(CurrentUser user, Long competitionId) {
        return user == null ? Optional.empty() : judges.findByCompetitionIdAndAccountId(competitionId, user.accountId());
    }

    @Transactional(readOnly = true)
    public List<Judge> judgesOf(Long competitionId) {
        return judges.findByCompetitionIdOrderById(competitionId);
    }

    /** The competitions this account judges (for /me). */
    @Transactional(readOnly = true)
    public List<Judge> appointments(CurrentUser user) {
        return judges.findByAccountIdOrderByIdDesc(user.accountId());
    }

    /** The judge's own marks in the competition's current stage: entry id → position → points. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Integer, Integer>> marksOf(Judge judge, CompetitionStage stage) {
        Map<Long, Map<Integer, Integer>> marks = new java.util.HashMap<>();
        scores.findByCompetitionIdAndStageAndJudgeId(judge.getCompetitionId(), stage, judge.getId()).forEach(s -> marks
                .computeIfAbsent(s.getEntryId(), k -> new java.util.HashMap<>()).put(s.getItemPosition(), s.getPoints()));
        return marks;
    }

    /** The accounts the organiser may appoint. */
    public List<PermissionHolders.Holder> candidates() {
        return holders.anywhere(CompetitionsModule.SCORE);
    }

    private static BusinessException notAJudge() {
        return new BusinessException(HttpStatus.FORBIDDEN, "competition.error.notJudge");
    }
}
