package org.workershome.competitions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreAppeals extends JpaRepository<ScoreAppeal, Long> {

    List<ScoreAppeal> findByCompetitionIdOrderByLodgedAtAsc(Long competitionId);

    boolean existsByEntryIdAndStatus(Long entryId, ScoreAppeal.Status status);

    boolean existsByCompetitionIdAndStatus(Long competitionId, ScoreAppeal.Status status);
}
