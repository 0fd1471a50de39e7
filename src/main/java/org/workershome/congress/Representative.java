package org.workershome.congress;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/** A member on the roster of a term (职工代表), elected in a constituency. Being a representative is this row. */
@Entity
@Table(name = "congress_representative")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class Representative extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long termId;
    private Long constituencyId;
    private Long memberId;
    private String memberName;
    private LocalDate electedOn;
    /** Set when the representative left the roster (罢免, 辞去, 调离); the row stays as history. */
    private LocalDate leftOn;
    private String leftReason;

    protected Representative() {}

    Representative(Constituency constituency, Long memberId, String memberName, LocalDate electedOn) {
        this.orgId = constituency.getOrgId();
        this.termId = constituency.getTermId();
        this.constituencyId = constituency.getId();
        this.memberId = memberId;
        this.memberName = memberName;
        this.electedOn = electedOn;
    }

    /** Leaves the roster; he no longer counts for the quorum, votes or motions. */
    void leave(LocalDate on, String reason) {
        if (leftOn != null) {
            throw new org.workershome.core.error.Conflict("congress.representative.alreadyLeft");
        }
        this.leftOn = on;
        this.leftReason = reason;
    }

    public boolean isCurrent() { return leftOn == null; }

    @Override
    public Long getId() { return id; }
    public Long getTermId() { return termId; }
    public Long getConstituencyId() { return constituencyId; }
    public Long getMemberId() { return memberId; }
    public String getMemberName() { return memberName; }
    public LocalDate getElectedOn() { return electedOn; }
    public LocalDate getLeftOn() { return leftOn; }
    public String getLeftReason() { return leftReason; }
}
