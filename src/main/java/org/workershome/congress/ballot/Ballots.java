package org.workershome.congress.ballot;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Ballots; scope-filtered (unit workers may read them). */
public interface Ballots extends JpaRepository<Ballot, Long> {

    List<Ballot> findBySessionIdOrderById(Long sessionId);

    List<Ballot> findByStatusOrderById(BallotStatus status);

    @Query("select b.id from Ballot b where (b.status = org.workershome.congress.ballot.BallotStatus.DRAFT and b.opensAt <= :now) or (b.status = org.workershome.congress.ballot.BallotStatus.OPEN and b.closesAt <= :now)")
    List<Long> findDueIds(@Param("now") Instant now);

}
