package org.workershome.congress.motion;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/** A representative seconding (附议) a motion; once per motion and member. */
@Entity
@Table(name = "congress_motion_cosigner")
@IdClass(MotionCosigner.Key.class)
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class MotionCosigner extends ScopedEntity {

    @Id
    private Long motionId;
    @Id
    private Long memberId;
    private String memberName;
    private Instant signedAt;

    protected MotionCosigner() {}

    public MotionCosigner(Motion motion, Long memberId, String memberName, Instant at) {
        this.orgId = motion.getOrgId();
        this.motionId = motion.getId();
        this.memberId = memberId;
        this.memberName = memberName;
        this.signedAt = at;
    }

    @Override
    public Long ownerMemberId() { return memberId; }

    @Override
    public Object getId() { return motionId + ":" + memberId; }
    public Long getMotionId() { return motionId; }
    public Long getMemberId() { return memberId; }
    public String getMemberName() { return memberName; }
    public Instant getSignedAt() { return signedAt; }

    public static class Key implements Serializable {
        Long motionId;
        Long memberId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(motionId, k.motionId) && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(motionId, memberId);
        }
    }
}
