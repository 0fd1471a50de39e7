package org.workershome.relations;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrgRisks extends JpaRepository<OrgRisk, Long> {

    Optional<OrgRisk> findByOrgId(Long orgId);

    List<OrgRisk> findAllByOrderByOrgId();
}
