package org.workershome.insight;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InsightRuns extends JpaRepository<InsightRun, Long> {

    Optional<InsightRun> findTopByFinishedAtIsNotNullOrderByStartedAtDescIdDesc();

    boolean existsByKindAndFinishedAtIsNotNull(InsightRun.Kind kind);
}
