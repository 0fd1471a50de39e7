package org.workershome.congress.ballot;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Resolutions; unit workers may read them. */
public interface Resolutions extends JpaRepository<Resolution, Long> {

    Optional<Resolution> findByBallotId(Long ballotId);

    List<Resolution> findAllByOrderByPublishedAtDesc();

}
