package org.workershome.surveys.contact;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Contact points, read in the caller's scope. */
interface ContactPoints extends JpaRepository<ContactPoint, Long> {

    List<ContactPoint> findAllByOrderByOrgIdAscIdAsc();

    boolean existsByOrgIdAndCadreAccountId(Long orgId, Long cadreAccountId);
}
