package org.workershome.congress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Congress terms; scope-filtered. */
interface Terms extends JpaRepository<Term, Long> {

    List<Term> findByOrgIdOrderByNumberDesc(Long orgId);

    boolean existsByOrgIdAndNumber(Long orgId, int number);

}
