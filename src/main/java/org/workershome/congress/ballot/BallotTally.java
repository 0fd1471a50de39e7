package org.workershome.congress.ballot;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * Counters of a ballot's choices: (ballot, option, stripe) → votes. No voter, no time, no row per vote, so nothing
 * here can be joined to {@link BallotParticipation}. Deliberately not a {@code ScopedEntity}: the audit listener
 * would otherwise write "account X updated the FOR counter at 09:14:03". Incremented only by a bulk JPQL update
 * (no entity events) and read only by {@link BallotManagement} when the ballot closes.
 */
@Entity
@Table(name = "congress_ballot_tally")
@IdClass(BallotTally.Key.class)
public class BallotTally {

    static final int STRIPES = 8;

    @Id
    private Long ballotId;
    @Id
    private Long optionId;
    @Id
    private int stripe;
    private int votes;

    protected BallotTally() {}

    BallotTally(Long ballotId, Long optionId, int stripe) {
        this.ballotId = ballotId;
        this.optionId = optionId;
        this.stripe = stripe;
    }

    static class Key implements Serializable {
        Long ballotId;
        Long optionId;
        int stripe;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(ballotId, k.ballotId) && Objects.equals(optionId, k.optionId)
                    && stripe == k.stripe;
        }

        @Override
        public int hashCode() {
            return Objects.hash(ballotId, optionId, stripe);
        }
    }
}
