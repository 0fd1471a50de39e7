package org.workershome.congress.ballot;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Options of a ballot, read through the ballot. */
public interface BallotOptions extends JpaRepository<BallotOption, Long> {

    List<BallotOption> findByBallotIdOrderBySortOrder(Long ballotId);

}
