package org.workershome.core.member;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;

/** One move of a member from one org to another (会员转移). {@code orgId} is the receiving org. */
@Entity
@Table(name = "member_transfer")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class MemberTransfer extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long memberId;
    private Long fromOrgId;
    private String reason;
    private Instant transferredAt;
    private String transferredBy;

    protected MemberTransfer() {}

    public MemberTransfer(Long memberId, Long fromOrgId, Long toOrgId, String reason, Instant at, String by) {
        this.memberId = memberId;
        this.fromOrgId = fromOrgId;
        this.orgId = toOrgId;
        this.reason = reason;
        this.transferredAt = at;
        this.transferredBy = by;
    }

    @Override
    public Long getId() { return id; }
    public Long getMemberId() { return memberId; }
    public Long getFromOrgId() { return fromOrgId; }
    public Long getToOrgId() { return orgId; }
    public String getReason() { return reason; }
    public Instant getTransferredAt() { return transferredAt; }
    public String getTransferredBy() { return transferredBy; }
}
