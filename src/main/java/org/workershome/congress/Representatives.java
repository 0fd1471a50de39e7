package org.workershome.congress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The roster; scope-filtered (unit workers may read it). */
interface Representatives extends JpaRepository<Representative, Long> {

    List<Representative> findByTermIdOrderByConstituencyIdAscMemberNameAsc(Long termId);

    Optional<Representative> findByTermIdAndMemberId(Long termId, Long memberId);

    boolean existsByTermIdAndMemberId(Long termId, Long memberId);

    long countByTermId(Long termId);

    long countByConstituencyId(Long constituencyId);

    List<Representative> findByMemberId(Long memberId);

}
