package org.workershome.core.workflow;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.workershome.core.notification.Text;

/**
 * One step of a workflow's timeline: who did what, when, from which state to which, with a note.
 * Read through the record it belongs to, which is scope-checked; never changed once written.
 */
@Entity
@Immutable
@Table(name = "workflow_transition")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String targetType;
    private Long targetId;
    private String action;
    private String fromState;
    private String toState;
    private Long actorAccountId;
    private String actorName;
    private String note;
    private String noteText;
    private Instant occurredAt;

    protected TimelineEntry() {}

    TimelineEntry(String targetType, Long targetId, String action, String fromState, String toState,
            Long actorAccountId, String actorName, String note, Text noteText, Instant occurredAt) {
        this.targetType = targetType;
        this.targetId = targetId;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.actorAccountId = actorAccountId;
        this.actorName = actorName;
        this.note = note;
        this.noteText = noteText == null ? null : noteText.toJson();
        this.occurredAt = occurredAt;
    }

    public Long getId() { return id; }
    public String getTargetType() { return targetType; }
    public Long getTargetId() { return targetId; }
    public String getAction() { return action; }
    public String getFromState() { return fromState; }
    public String getToState() { return toState; }
    public Long getActorAccountId() { return actorAccountId; }
    public String getActorName() { return actorName; }
    /** The note a person wrote. */
    public String getNote() { return note; }
    /** The note the system wrote, to be shown in the reader's language ({@code Texts.render}). */
    public Text getNoteText() { return Text.fromJson(noteText); }
    String getNoteTextJson() { return noteText; }
    public Instant getOccurredAt() { return occurredAt; }
}
