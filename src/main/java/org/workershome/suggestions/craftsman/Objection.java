package org.workershome.suggestions.craftsman;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.Conflict;
import org.workershome.core.scope.ScopedEntity;

/**
 * An objection (异议) raised during a craftsman's public notice: the objector's own record (a worker sees only his
 * own), settled by the panel — dismissed, or upheld, which rejects the nomination. Who raised it is not shown.
 */
@Entity
@Table(name = "suggestions_objection")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class Objection extends ScopedEntity {

    public enum Status { OPEN, DISMISSED, UPHELD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long craftsmanId;
    private Long memberId;
    private String text;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant raisedAt;
    private Instant settledAt;
    @Version
    private long version;

    protected Objection() {}

    Objection(Craftsman craftsman, Long memberId, String text, Instant raisedAt) {
        this.orgId = craftsman.getOrgId();
        this.craftsmanId = craftsman.getId();
        this.memberId = memberId;
        this.text = text;
        this.status = Status.OPEN;
        this.raisedAt = raisedAt;
    }

    void settle(Status to, Instant now) {
        if (status != Status.OPEN || to == Status.OPEN || to == null) {
            throw new Conflict("suggestions.objection.settled");
        }
        this.status = to;
        this.settledAt = now;
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public Long getCraftsmanId() { return craftsmanId; }
    public String getText() { return text; }
    public Status getStatus() { return status; }
    public Instant getRaisedAt() { return raisedAt; }
}
