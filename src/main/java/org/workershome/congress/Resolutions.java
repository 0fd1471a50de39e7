package org.workershome.congress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Resolutions; unit workers may read them. */
interface Resolutions extends JpaRepository<Resolution, Long> {

    Optional<Resolution> findByBallotId(Long ballotId);

    List<Resolution> findAllByOrderByPublishedAtDesc();

}
