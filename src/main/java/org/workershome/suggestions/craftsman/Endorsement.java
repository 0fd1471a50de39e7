package org.workershome.suggestions.craftsman;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/** A member's endorsement (联名推荐) of a self-nomination: the endorser's own record, public like the nomination. */
@Entity
@Table(name = "suggestions_endorsement")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.OWN_OR_UNIT)
public class Endorsement extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long craftsmanId;
    private Long memberId;
    private String name;
    private Instant endorsedAt;

    protected Endorsement() {}

    Endorsement(Craftsman craftsman, Long memberId, String name, Instant endorsedAt) {
        this.orgId = craftsman.getOrgId();
        this.craftsmanId = craftsman.getId();
        this.memberId = memberId;
        this.name = name;
        this.endorsedAt = endorsedAt;
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public Long getCraftsmanId() { return craftsmanId; }
    public Long getMemberId() { return memberId; }
    public String getName() { return name; }
    public Instant getEndorsedAt() { return endorsedAt; }
}
