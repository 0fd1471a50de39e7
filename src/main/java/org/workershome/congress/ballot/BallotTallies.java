package org.workershome.congress.ballot;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Choice counters. Incremented in bulk only (no entity events, so no audit entry links a voter to a choice). */
public interface BallotTallies extends JpaRepository<BallotTally, BallotTally.Key> {

    @Modifying(flushAutomatically = true)
    @Query("update BallotTally t set t.votes = t.votes + 1 where t.ballotId = :ballotId and t.optionId in :optionIds and t.stripe = :stripe")
    int increment(@Param("ballotId") Long ballotId, @Param("optionIds") Collection<Long> optionIds, @Param("stripe") int stripe);

    @Query("select t.optionId, sum(t.votes) from BallotTally t where t.ballotId = :ballotId group by t.optionId")
    List<Object[]> totals(@Param("ballotId") Long ballotId);

}
