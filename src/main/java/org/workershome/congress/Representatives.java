package org.workershome.congress;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The roster; scope-filtered (unit workers may read it). */
public interface Representatives extends JpaRepository<Representative, Long> {

    List<Representative> findByTermIdOrderByConstituencyIdAscMemberNameAsc(Long termId);

    List<Representative> findByTermIdAndLeftOnIsNullOrderByConstituencyIdAscMemberNameAsc(Long termId);

    List<Representative> findByTermIdAndLeftOnIsNotNullOrderByLeftOnDescMemberNameAsc(Long termId);

    Optional<Representative> findByTermIdAndMemberId(Long termId, Long memberId);

    boolean existsByTermIdAndMemberId(Long termId, Long memberId);

    long countByTermId(Long termId);

    long countByConstituencyId(Long constituencyId);

    List<Representative> findByMemberId(Long memberId);

    boolean existsByTermIdAndMemberIdAndLeftOnIsNull(Long termId, Long memberId);

    long countByTermIdAndLeftOnIsNull(Long termId);

    long countByConstituencyIdAndLeftOnIsNull(Long constituencyId);

    /** Whether the member took part in a ballot of the term that is still open (his vote is in its count). */
    @Query("select count(p) > 0 from BallotParticipation p, Ballot b where p.ballotId = b.id and b.termId = :termId"
            + " and b.status = org.workershome.congress.ballot.BallotStatus.OPEN and p.memberId = :memberId")
    boolean votedInOpenBallot(@Param("termId") Long termId, @Param("memberId") Long memberId);

}
