package org.workershome.relations;

import java.time.Instant;
import java.time.LocalDate;

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
import org.workershome.core.error.InvalidInput;
import org.workershome.core.scope.ScopedEntity;

/**
 * A follow-up visit (履行回访) of an agreement's performance: due by a date in working days after the agreement, then
 * recorded with what it found — performed, partly (another visit follows), not performed (the dispute may go to
 * arbitration). An overdue one is reminded once.
 */
@Entity
@Table(name = "relations_follow_up")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0)")
public class AgreementFollowUp extends ScopedEntity {

    public enum Status { DUE, DONE }

    static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long disputeId;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private Dispute.Performance result;
    private String note;
    private LocalDate visitedOn;
    private String recordedBy;
    private Instant remindedAt;
    private Instant createdAt;
    @Version
    private long version;

    protected AgreementFollowUp() {}

    AgreementFollowUp(Dispute dispute, LocalDate dueOn, Instant now) {
        this.orgId = dispute.getOrgId();
        this.disputeId = dispute.getId();
        this.dueOn = dueOn;
        this.status = Status.DUE;
        this.createdAt = now;
    }

    /** What the visit found; a note is required unless the agreement was performed. */
    void record(Dispute.Performance found, LocalDate visited, String text, String by, LocalDate today) {
        if (status != Status.DUE) {
            throw new Conflict("relations.followUp.done");
        }
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (found == null) {
            errors.put("result", "relations.followUp.result.required");
        }
        if (visited == null || visited.isAfter(today)) {
            errors.put("visitedOn", "relations.followUp.visitedOn.invalid");
        }
        boolean blank = text == null || text.isBlank();
        if ((blank && found != null && found != Dispute.Performance.PERFORMED) || (!blank && text.length() > MAX_NOTE)) {
            errors.put("note", "relations.followUp.note.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        this.result = found;
        this.visitedOn = visited;
        this.note = blank ? null : text.strip();
        this.recordedBy = by;
        this.status = Status.DONE;
    }

    boolean isOverdueOn(LocalDate today) {
        return status == Status.DUE && dueOn.isBefore(today);
    }

    void reminded(Instant now) {
        this.remindedAt = now;
    }

    @Override
    public Long getId() { return id; }
    public Long getDisputeId() { return disputeId; }
    public LocalDate getDueOn() { return dueOn; }
    public Status getStatus() { return status; }
    public Dispute.Performance getResult() { return result; }
    public String getNote() { return note; }
    public LocalDate getVisitedOn() { return visitedOn; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRemindedAt() { return remindedAt; }
}
