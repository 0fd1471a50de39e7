package org.workershome.hardship;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HardshipVisits extends JpaRepository<HardshipVisit, Long> {

    List<HardshipVisit> findByFileIdOrderByVisitedOnAscIdAsc(Long fileId);

    boolean existsByFileIdAndKind(Long fileId, HardshipVisit.Kind kind);
}
