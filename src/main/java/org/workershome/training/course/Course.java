package org.workershome.training.course;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/**
 * A course organised by an org ({@code orgId}) for the members and cadres of its subtree: ordered lessons, and a quiz
 * of {@code quizSize} questions drawn from its bank (none when the bank is empty). A worker sees the courses of the
 * orgs above his own (columns in the sub-selects qualified, like competitions' audience).
 */
@Entity
@Table(name = "training_course")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class Course extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String summary;
    private String occupation;
    private int creditHours;
    /** Whether anyone of the audience may enrol himself; otherwise a cadre enrols an org or assigns a plan. */
    private boolean selfEnrol;
    private int quizSize;
    /** Percent of the points needed to pass. */
    private int passMark;
    /** 0: no limit. */
    private int timeLimitMinutes;
    /** 0: no limit. */
    private int maxAttempts;
    /** When set, answers are reviewed only after it; otherwise after one's attempt is over. */
    private Instant quizClosesAt;
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_course_prerequisite", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "prerequisite_id")
    private Set<Long> prerequisites = new LinkedHashSet<>();
    @Version
    private long version;

    protected Course() {}

    Course(Long orgId, CourseDraft draft, Instant now) {
        this.orgId = orgId;
        this.createdAt = now;
        apply(draft);
    }

    void apply(CourseDraft draft) {
        this.title = draft.title();
        this.summary = draft.summary();
        this.occupation = draft.occupation();
        this.creditHours = draft.creditHours();
        this.selfEnrol = draft.selfEnrol();
        this.quizSize = draft.quizSize();
        this.passMark = draft.passMark();
        this.timeLimitMinutes = draft.timeLimitMinutes();
        this.maxAttempts = draft.maxAttempts();
        this.quizClosesAt = draft.quizClosesAt();
        this.prerequisites.clear();
        this.prerequisites.addAll(draft.prerequisites());
    }

    public boolean hasQuiz() {
        return quizSize > 0;
    }

    @Override
    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getOccupation() { return occupation; }
    public int getCreditHours() { return creditHours; }
    public boolean isSelfEnrol() { return selfEnrol; }
    public int getQuizSize() { return quizSize; }
    public int getPassMark() { return passMark; }
    public int getTimeLimitMinutes() { return timeLimitMinutes; }
    public int getMaxAttempts() { return maxAttempts; }
    public Instant getQuizClosesAt() { return quizClosesAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Long> getPrerequisites() { return Set.copyOf(prerequisites); }
    public long getVersion() { return version; }
}
