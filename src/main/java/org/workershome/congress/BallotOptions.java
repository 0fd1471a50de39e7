package org.workershome.congress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Options of a ballot, read through the ballot. */
interface BallotOptions extends JpaRepository<BallotOption, Long> {

    List<BallotOption> findByBallotIdOrderBySortOrder(Long ballotId);

}
