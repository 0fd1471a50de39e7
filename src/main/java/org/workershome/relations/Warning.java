package org.workershome.relations;

import static org.workershome.relations.WarningStatus.ACKNOWLEDGED;
import static org.workershome.relations.WarningStatus.CLOSED;
import static org.workershome.relations.WarningStatus.ESCALATED;
import static org.workershome.relations.WarningStatus.PLAN_SUBMITTED;
import static org.workershome.relations.WarningStatus.RAISED;

import java.time.Instant;
import java.util.EnumSet;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.workflow.StateMachine;

/**
 * An early warning (预警) raised when a unit's level rises: the unit acknowledges it and submits a response plan,
 * each by a deadline in working days; a deadline missed escalates it to the org above. Closed once the plan is
 * carried out.
 */
@Entity
@Table(name = "relations_warning")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0)")
public class Warning extends ScopedEntity {

    static final String TIMELINE = "relations-warning";
    static final int MAX_PLAN = 4000;

    static final StateMachine<WarningStatus, WarningAction> MACHINE = StateMachine.of(WarningStatus.class, WarningAction.class)
            .allow(WarningAction.ACKNOWLEDGE, RAISED, ACKNOWLEDGED)
            .allow(WarningAction.SUBMIT_PLAN, EnumSet.of(ACKNOWLEDGED, ESCALATED), PLAN_SUBMITTED)
            .allow(WarningAction.ESCALATE, EnumSet.of(RAISED, ACKNOWLEDGED), ESCALATED)
            .allow(WarningAction.CLOSE, PLAN_SUBMITTED, CLOSED)
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private RiskLevel level;
    @Enumerated(EnumType.STRING)
    private RiskLevel previousLevel;
    private int score;
    @Enumerated(EnumType.STRING)
    private WarningStatus status;
    private Instant raisedAt;
    private Instant dueAt;
    private Instant acknowledgedAt;
    private String plan;
    private Instant planAt;
    private Instant closedAt;
    private Instant escalatedAt;
    @Version
    private long version;

    protected Warning() {}

    Warning(Long orgId, RiskLevel level, RiskLevel previousLevel, int score, Instant now, Instant acknowledgeBy) {
        this.orgId = orgId;
        this.level = level;
        this.previousLevel = previousLevel;
        this.score = score;
        this.status = RAISED;
        this.raisedAt = now;
        this.dueAt = acknowledgeBy;
    }

    /** @param planBy the plan's deadline, which becomes the warning's */
    WarningStatus acknowledge(Instant now, Instant planBy) {
        WarningStatus from = move(WarningAction.ACKNOWLEDGE);
        this.acknowledgedAt = now;
        this.dueAt = planBy;
        return from;
    }

    WarningStatus submitPlan(String plan, Instant now) {
        if (plan == null || plan.isBlank()) {
            throw InvalidInput.field("plan", "relations.warning.plan.required");
        }
        if (plan.length() > MAX_PLAN) {
            throw InvalidInput.field("plan", "relations.warning.plan.tooLong");
        }
        WarningStatus from = move(WarningAction.SUBMIT_PLAN);
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
        }
        this.plan = plan.strip();
        this.planAt = now;
        return from;
    }

    WarningStatus close(Instant now) {
        WarningStatus from = move(WarningAction.CLOSE);
        this.closedAt = now;
        return from;
    }

    boolean isOverdueAt(Instant now) {
        return MACHINE.allows(status, WarningAction.ESCALATE) && dueAt.isBefore(now);
    }

    WarningStatus escalate(Instant now) {
        WarningStatus from = move(WarningAction.ESCALATE);
        this.escalatedAt = now;
        return from;
    }

    private WarningStatus move(WarningAction action) {
        WarningStatus from = status;
        status = MACHINE.next(status, action);
        return from;
    }

    public java.util.Set<WarningAction> userActions() {
        var actions = EnumSet.noneOf(WarningAction.class);
        actions.addAll(MACHINE.actionsFrom(status));
        actions.remove(WarningAction.ESCALATE);
        return actions;
    }

    @Override
    public Long getId() { return id; }
    public RiskLevel getLevel() { return level; }
    public RiskLevel getPreviousLevel() { return previousLevel; }
    public int getScore() { return score; }
    public WarningStatus getStatus() { return status; }
    public Instant getRaisedAt() { return raisedAt; }
    public Instant getDueAt() { return dueAt; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public String getPlan() { return plan; }
    public Instant getPlanAt() { return planAt; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getEscalatedAt() { return escalatedAt; }
}
