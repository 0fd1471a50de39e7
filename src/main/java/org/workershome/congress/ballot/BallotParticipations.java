package org.workershome.congress.ballot;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Who voted; a worker reads only his own. */
public interface BallotParticipations extends JpaRepository<BallotParticipation, BallotParticipation.Key> {

    boolean existsByBallotIdAndMemberId(Long ballotId, Long memberId);

    long countByBallotId(Long ballotId);

    List<BallotParticipation> findByBallotId(Long ballotId);

    @Query("select p.ballotId from BallotParticipation p where p.memberId = :memberId and p.ballotId in :ballotIds")
    List<Long> votedAmong(@Param("memberId") Long memberId, @Param("ballotIds") Collection<Long> ballotIds);

}
