package org.workershome.congress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Congress terms; scope-filtered. */
public interface Terms extends JpaRepository<Term, Long> {

    List<Term> findByOrgIdOrderByNumberDesc(Long orgId);

    boolean existsByOrgIdAndNumber(Long orgId, int number);

}
