package org.workershome.surveys.contact;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.Conflict;
import org.workershome.core.scope.ScopedEntity;

/** A follow-up of a visit: a task, its owner and deadline; done once; its owner reminded once when overdue. */
@Entity
@Table(name = "surveys_follow_up")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0)")
public class FollowUp extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long visitId;
    private String task;
    private Long ownerAccountId;
    private String ownerName;
    private LocalDate dueOn;
    private Instant doneAt;
    private Instant remindedAt;
    @Version
    private long version;

    protected FollowUp() {}

    FollowUp(Visit visit, String task, Long ownerAccountId, String ownerName, LocalDate dueOn) {
        this.visitId = visit.getId();
        this.orgId = visit.getOrgId();
        this.task = task;
        this.ownerAccountId = ownerAccountId;
        this.ownerName = ownerName;
        this.dueOn = dueOn;
    }

    void done(Instant now) {
        if (doneAt != null) {
            throw new Conflict("surveys.followUp.alreadyDone");
        }
        doneAt = now;
    }

    /** Overdue on {@code today}: not done and its day has passed. */
    public boolean isOverdueOn(LocalDate today) {
        return doneAt == null && dueOn.isBefore(today);
    }

    /** Marks the reminder sent; false when it was sent before or is not due. */
    boolean remind(LocalDate today, Instant now) {
        if (!isOverdueOn(today) || remindedAt != null) {
            return false;
        }
        remindedAt = now;
        return true;
    }

    @Override public Long getId() { return id; }
    public Long getVisitId() { return visitId; }
    public String getTask() { return task; }
    public Long getOwnerAccountId() { return ownerAccountId; }
    public String getOwnerName() { return ownerName; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getDoneAt() { return doneAt; }
    public Instant getRemindedAt() { return remindedAt; }
}
