package org.workershome.congress;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/** A constituency (代表团/选区, e.g. a workshop) electing a quota of representatives for a term. */
@Entity
@Table(name = "congress_constituency")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class Constituency extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long termId;
    private String name;
    private int quota;

    protected Constituency() {}

    Constituency(Term term, String name, int quota) {
        this.orgId = term.getOrgId();
        this.termId = term.getId();
        this.name = name;
        this.quota = quota;
    }

    @Override
    public Long getId() { return id; }
    public Long getTermId() { return termId; }
    public String getName() { return name; }
    public int getQuota() { return quota; }
}
