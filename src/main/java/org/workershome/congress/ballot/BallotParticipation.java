package org.workershome.congress.ballot;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/**
 * That a representative voted on a ballot — not how (for a secret ballot) and not when. The primary key
 * (ballot, member) is the database's guarantee of one vote per representative, also under concurrent requests.
 * For a ballot that is not secret, {@code openChoice} keeps the choice with the name, as an open vote is meant to.
 * Who took part is not secret at a congress: visible to whoever sees the ballot, so turnout is counted in the
 * caller's own scope.
 */
@Entity
@Table(name = "congress_ballot_participation")
@IdClass(BallotParticipation.Key.class)
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class BallotParticipation extends ScopedEntity {

    @Id
    private Long ballotId;
    @Id
    private Long memberId;
    private String openChoice;

    protected BallotParticipation() {}

    BallotParticipation(Ballot ballot, Long memberId, String openChoice) {
        this.orgId = ballot.getOrgId();
        this.ballotId = ballot.getId();
        this.memberId = memberId;
        this.openChoice = ballot.isSecret() ? null : openChoice;
    }

    @Override
    public Long ownerMemberId() { return memberId; }

    @Override
    public Object getId() { return ballotId + ":" + memberId; }
    public Long getBallotId() { return ballotId; }
    public Long getMemberId() { return memberId; }
    public String getOpenChoice() { return openChoice; }

    public static class Key implements Serializable {
        Long ballotId;
        Long memberId;

        public Key() {}

        Key(Long ballotId, Long memberId) {
            this.ballotId = ballotId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(ballotId, k.ballotId) && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ballotId, memberId);
        }
    }
}
