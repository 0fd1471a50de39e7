package org.workershome.training.course;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.Conflict;
import org.workershome.core.scope.ScopedEntity;

/**
 * A learner in a course: a member (a worker) or an account without a member (a cadre taking a required plan). Its org
 * is the learner's unit, so his unit's cadres see his progress. Lessons done are kept with when.
 */
@Entity
@Table(name = "training_enrolment")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class Enrolment extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long courseId;
    private Long accountId;
    private Long memberId;
    private String learnerName;
    private Instant enrolledAt;
    private Instant quizPassedAt;
    private Instant completedAt;
    private String certificateCode;
    /** Set when a required plan holds the learner to the course: the plan and its deadline. */
    private Long planId;
    private java.time.LocalDate dueOn;
    private boolean remindedNear;
    private boolean remindedOverdue;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_progress", joinColumns = @JoinColumn(name = "enrolment_id"))
    @MapKeyColumn(name = "lesson_id")
    @Column(name = "done_at")
    private Map<Long, Instant> done = new LinkedHashMap<>();
    @Version
    private long version;

    protected Enrolment() {}

    Enrolment(Long courseId, Long orgId, Long accountId, Long memberId, String learnerName, Instant now) {
        this.courseId = courseId;
        this.orgId = orgId;
        this.accountId = accountId;
        this.memberId = memberId;
        this.learnerName = learnerName;
        this.enrolledAt = now;
    }

    /** Marks a lesson done (once; a second time changes nothing). */
    boolean markDone(Long lessonId, Instant now) {
        if (done.containsKey(lessonId)) {
            return false;
        }
        done.put(lessonId, now);
        return true;
    }

    /** A required plan holds the learner to this course by a date (the earlier of two plans' dates holds). */
    void requireBy(Long planId, java.time.LocalDate dueOn) {
        if (this.dueOn == null || dueOn.isBefore(this.dueOn)) {
            this.planId = planId;
            this.dueOn = dueOn;
            this.remindedNear = false;
            this.remindedOverdue = false;
        }
    }

    /** Marks the reminder sent (near the deadline or past it); whether it was not sent before. */
    public boolean remind(boolean overdue) {
        boolean first = overdue ? !remindedOverdue : !remindedNear;
        if (overdue) {
            remindedOverdue = true;
        }
        remindedNear = true;
        return first;
    }

    public boolean isOverdue(java.time.LocalDate today) {
        return dueOn != null && completedAt == null && today.isAfter(dueOn);
    }

    /** The quiz was passed (by an attempt of the quiz package); the first pass counts. */
    public void quizPassed(Instant now) {
        if (quizPassedAt == null) {
            quizPassedAt = now;
        }
    }

    void complete(Instant now, String certificateCode) {
        if (completedAt != null) {
            throw new Conflict("training.error.alreadyCompleted");
        }
        this.completedAt = now;
        this.certificateCode = certificateCode;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public boolean isDone(Long lessonId) {
        return done.containsKey(lessonId);
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public Long getCourseId() { return courseId; }
    public Long getAccountId() { return accountId; }
    public Long getMemberId() { return memberId; }
    public String getLearnerName() { return learnerName; }
    public Instant getEnrolledAt() { return enrolledAt; }
    public Instant getQuizPassedAt() { return quizPassedAt; }
    public Instant getCompletedAt() { return completedAt; }
    public String getCertificateCode() { return certificateCode; }
    public Long getPlanId() { return planId; }
    public java.time.LocalDate getDueOn() { return dueOn; }
    public int getDoneCount() { return done.size(); }
    public Map<Long, Instant> getDone() { return Map.copyOf(done); }
}
