package org.workershome.congress.openaffairs;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Consultations; the workers below the org may read them. */
public interface Consultations extends JpaRepository<Consultation, Long> {

    List<Consultation> findAllByOrderByCreatedAtDesc();

}
