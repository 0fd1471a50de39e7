package org.workershome.congress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Constituencies of a term; scope-filtered. */
public interface Constituencies extends JpaRepository<Constituency, Long> {

    List<Constituency> findByTermIdOrderByName(Long termId);

}
