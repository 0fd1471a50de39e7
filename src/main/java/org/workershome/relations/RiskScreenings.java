package org.workershome.relations;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskScreenings extends JpaRepository<RiskScreening, Long> {

    boolean existsByTemplateIdAndOrgIdAndPeriodLabel(Long templateId, Long orgId, String periodLabel);

    Optional<RiskScreening> findFirstByOrgIdAndStatusOrderBySubmittedAtDescIdDesc(Long orgId, RiskScreening.Status status);

    List<RiskScreening> findByOrgIdOrderByCreatedAtDescIdDesc(Long orgId);

    List<RiskScreening> findTop50ByStatusOrderByDueAtAscIdAsc(RiskScreening.Status status);

    List<RiskScreening> findTop20ByStatusOrderBySubmittedAtDescIdDesc(RiskScreening.Status status);
}
