package org.workershome.congress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Ballots; scope-filtered (unit workers may read them). */
interface Ballots extends JpaRepository<Ballot, Long> {

    List<Ballot> findBySessionIdOrderById(Long sessionId);

    List<Ballot> findByStatusOrderById(BallotStatus status);

    @Query("select b.id from Ballot b where (b.status = org.workershome.congress.BallotStatus.DRAFT and b.opensAt <= :now) or (b.status = org.workershome.congress.BallotStatus.OPEN and b.closesAt <= :now)")
    List<Long> findDueIds(@Param("now") Instant now);

}
