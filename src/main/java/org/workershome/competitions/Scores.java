package org.workershome.competitions;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Scores extends JpaRepository<Score, Long> {

    List<Score> findByCompetitionIdAndStage(Long competitionId, CompetitionStage stage);

    List<Score> findByCompetitionIdAndStageAndJudgeId(Long competitionId, CompetitionStage stage, Long judgeId);

    Optional<Score> findByJudgeIdAndEntryIdAndItemPositionAndStage(Long judgeId, Long entryId, int itemPosition,
            CompetitionStage stage);
}
