package org.workershome.surveys.contact;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Visits, read in the caller's scope. */
interface Visits extends JpaRepository<Visit, Long> {

    List<Visit> findByContactPointIdOrderByVisitedOnDescIdDesc(Long contactPointId);

    List<Visit> findAllByOrderByVisitedOnDesc();
}
