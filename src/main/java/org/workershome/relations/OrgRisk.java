package org.workershome.relations;

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
import org.workershome.core.scope.ScopedEntity;

/** A unit's current risk: the last assessment's score and level (the board colours orgs by it). */
@Entity
@Table(name = "relations_org_risk")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0)")
public class OrgRisk extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long screeningId;
    private int screeningScore;
    private int signalPoints;
    private int score;
    @Enumerated(EnumType.STRING)
    private RiskLevel level;
    private Instant computedAt;
    @Version
    private long version;

    protected OrgRisk() {}

    OrgRisk(Long orgId) {
        this.orgId = orgId;
        this.level = RiskLevel.NONE;
    }

    /** Takes the new assessment; the level it had before. */
    RiskLevel update(Long screeningId, RiskScoring.Assessment assessment, Instant now) {
        RiskLevel before = level;
        this.screeningId = screeningId;
        this.screeningScore = assessment.screeningScore();
        this.signalPoints = assessment.signalPoints();
        this.score = assessment.score();
        this.level = assessment.level();
        this.computedAt = now;
        return before;
    }

    @Override
    public Long getId() { return id; }
    public Long getScreeningId() { return screeningId; }
    public int getScreeningScore() { return screeningScore; }
    public int getSignalPoints() { return signalPoints; }
    public int getScore() { return score; }
    public RiskLevel getLevel() { return level; }
    public Instant getComputedAt() { return computedAt; }
}
