package org.workershome.training.session;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;
import org.workershome.training.course.TrainingAudience;

/**
 * An offline training session (实体培训) at a time and place, for the subtree of its org, with a trainer, a capacity
 * and materials; part of a course when it stands for one of its lessons (blended training).
 */
@Entity
@Table(name = "training_session")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class TrainingSession extends ScopedEntity {

    /** Sign-in opens this long before the start; sign-out stays open this long after the end. */
    public static final Duration EARLY = Duration.ofMinutes(30);
    public static final Duration LATE = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long courseId;
    private String title;
    private Instant startsAt;
    private Instant endsAt;
    private String place;
    private String trainer;
    private int capacity;
    private String materials;
    @Version
    private long version;

    protected TrainingSession() {}

    TrainingSession(Long orgId, SessionDraft draft) {
        this.orgId = orgId;
        this.courseId = draft.courseId();
        this.title = draft.title();
        this.startsAt = draft.startsAt();
        this.endsAt = draft.endsAt();
        this.place = draft.place();
        this.trainer = draft.trainer();
        this.capacity = draft.capacity();
        this.materials = draft.materials();
    }

    /** Whether one may sign in now: from {@link #EARLY} before the start to the end. */
    public boolean signInOpen(Instant now) {
        return !now.isBefore(startsAt.minus(EARLY)) && !now.isAfter(endsAt);
    }

    /** Whether one may sign out now: from the start to {@link #LATE} after the end. */
    public boolean signOutOpen(Instant now) {
        return !now.isBefore(startsAt) && !now.isAfter(endsAt.plus(LATE));
    }

    /** Hours of the session, rounded to halves (for the training record). */
    public double hours() {
        return Math.round(Duration.between(startsAt, endsAt).toMinutes() / 30.0) / 2.0;
    }

    @Override
    public Long getId() { return id; }
    public Long getCourseId() { return courseId; }
    public String getTitle() { return title; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getPlace() { return place; }
    public String getTrainer() { return trainer; }
    public int getCapacity() { return capacity; }
    public String getMaterials() { return materials; }
}
