package org.workershome.homes;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Evaluations extends JpaRepository<Evaluation, Long> {

    Optional<Evaluation> findByHomeIdAndYear(Long homeId, int year);

    List<Evaluation> findByYearOrderByStatusAscIdAsc(int year);

    List<Evaluation> findByHomeIdOrderByYearDesc(Long homeId);

    boolean existsByYear(int year);
}
