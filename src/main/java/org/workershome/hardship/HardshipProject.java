package org.workershome.hardship;

import java.math.BigDecimal;
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
import org.workershome.core.error.InvalidInput;
import org.workershome.core.workflow.StateMachine;

/**
 * An assistance project (帮扶项目, e.g. job-skills training) applied for by a grassroots org and approved by the level
 * above; its beneficiaries are the households that received aid under it.
 */
@Entity
@Table(name = "hardship_project")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0)")
public class HardshipProject extends ScopedEntity {

    public enum Status { APPLIED, APPROVED, REJECTED, COMPLETED }

    public enum Action { APPROVE, REJECT, COMPLETE }

    static final StateMachine<Status, Action> MACHINE = StateMachine.of(Status.class, Action.class)
            .allow(Action.APPROVE, Status.APPLIED, Status.APPROVED)
            .allow(Action.REJECT, Status.APPLIED, Status.REJECTED)
            .allow(Action.COMPLETE, Status.APPROVED, Status.COMPLETED)
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private AidType kind;
    private String description;
    private BigDecimal budget;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Long appliedByAccountId;
    private Instant appliedAt;
    private Long decidedByAccountId;
    private Instant decidedAt;
    private String decisionNote;
    @Version
    private long version;

    protected HardshipProject() {}

    HardshipProject(Long orgId, String name, AidType kind, String description, BigDecimal budget, Long byAccountId,
            Instant now) {
        this.orgId = orgId;
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.budget = budget;
        this.status = Status.APPLIED;
        this.appliedByAccountId = byAccountId;
        this.appliedAt = now;
    }

    Status decide(Action action, Long byAccountId, String note, Instant now) {
        if (action == Action.REJECT && (note == null || note.isBlank())) {
            throw InvalidInput.field("note", "hardship.note.required");
        }
        Status from = status;
        status = MACHINE.next(status, action);
        if (action != Action.COMPLETE) {
            decidedByAccountId = byAccountId;
            decidedAt = now;
            decisionNote = note;
        }
        return from;
    }

    @Override
    public Long getId() { return id; }
    public String getName() { return name; }
    public AidType getKind() { return kind; }
    public String getDescription() { return description; }
    public BigDecimal getBudget() { return budget; }
    public String getBudgetText() { return Money.format(budget); }
    public Status getStatus() { return status; }
    public Long getAppliedByAccountId() { return appliedByAccountId; }
    public Instant getAppliedAt() { return appliedAt; }
    public Long getDecidedByAccountId() { return decidedByAccountId; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionNote() { return decisionNote; }
    public long getVersion() { return version; }
}
