package org.workershome.competitions;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Judges extends JpaRepository<Judge, Long> {

    List<Judge> findByCompetitionIdOrderById(Long competitionId);

    Optional<Judge> findByCompetitionIdAndAccountId(Long competitionId, Long accountId);

    List<Judge> findByAccountIdOrderByIdDesc(Long accountId);
}
