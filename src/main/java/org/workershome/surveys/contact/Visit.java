package org.workershome.surveys.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;

/**
 * A visit (走访记录) to a contact point: the day, the people met, the problems found, who went, and what it opened
 * on the spot in other modules (an appeal for a member met: its tracking number).
 */
@Entity
@Table(name = "surveys_visit")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0)")
public class Visit extends ScopedEntity {

    /** Something the visit opened elsewhere: an appeal, with its number and the person it is for. */
    @Embeddable
    public record Referral(String kind, Long targetId, String reference, String person) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long contactPointId;
    private LocalDate visitedOn;
    private String peopleMet;
    private String problems;
    private Long visitorAccountId;
    private String visitorName;
    private Instant createdAt;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "surveys_visit_referral", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "referral_order")
    private List<Referral> referrals = new ArrayList<>();

    protected Visit() {}

    Visit(ContactPoint point, LocalDate visitedOn, String peopleMet, String problems, Long visitorAccountId,
            String visitorName, Instant now) {
        this.contactPointId = point.getId();
        this.orgId = point.getOrgId();
        this.visitedOn = visitedOn;
        this.peopleMet = peopleMet;
        this.problems = problems;
        this.visitorAccountId = visitorAccountId;
        this.visitorName = visitorName;
        this.createdAt = now;
    }

    void referred(Referral referral) {
        referrals.add(referral);
    }

    @Override public Long getId() { return id; }
    public Long getContactPointId() { return contactPointId; }
    public LocalDate getVisitedOn() { return visitedOn; }
    public String getPeopleMet() { return peopleMet; }
    public String getProblems() { return problems; }
    public Long getVisitorAccountId() { return visitorAccountId; }
    public String getVisitorName() { return visitorName; }
    public Instant getCreatedAt() { return createdAt; }
    public List<Referral> getReferrals() { return referrals; }
}
