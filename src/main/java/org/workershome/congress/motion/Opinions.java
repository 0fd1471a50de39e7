package org.workershome.congress.motion;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Opinions converted from motions; unit workers may read them. */
public interface Opinions extends JpaRepository<Opinion, Long> {

    List<Opinion> findAllByOrderByCreatedAtDesc();

    Optional<Opinion> findByMotionId(Long motionId);
}
