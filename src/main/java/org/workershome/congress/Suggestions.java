package org.workershome.congress;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Suggestions converted from motions; unit workers may read them. */
interface Suggestions extends JpaRepository<Suggestion, Long> {

    List<Suggestion> findAllByOrderByCreatedAtDesc();

    Optional<Suggestion> findByMotionId(Long motionId);
}
