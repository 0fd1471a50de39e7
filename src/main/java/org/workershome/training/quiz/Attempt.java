package org.workershome.training.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.Conflict;
import org.workershome.core.scope.ScopedEntity;

/**
 * One attempt at a course's quiz: its seed and the questions drawn with it (stored, so a reload shows the same
 * paper), started at a server time from which the time limit runs, and once submitted its answers and score.
 */
@Entity
@Table(name = "training_attempt")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class Attempt extends ScopedEntity {

    /** Leeway for the network between pressing "submit" at the last second and the server receiving it. */
    static final Duration GRACE = Duration.ofSeconds(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long courseId;
    private Long enrolmentId;
    private Long memberId;
    private int number;
    private long seed;
    private String questionIds;
    private Instant startedAt;
    private Instant submittedAt;
    private String answers;
    private Integer score;
    private boolean passed;
    @Version
    private long version;

    protected Attempt() {}

    Attempt(Long courseId, Long orgId, Long enrolmentId, Long memberId, int number, long seed, List<Long> drawn,
            Instant now) {
        this.courseId = courseId;
        this.orgId = orgId;
        this.enrolmentId = enrolmentId;
        this.memberId = memberId;
        this.number = number;
        this.seed = seed;
        this.questionIds = drawn.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.startedAt = now;
    }

    /** When the time runs out (null without a limit). */
    public Instant deadline(int limitMinutes) {
        return limitMinutes <= 0 ? null : startedAt.plus(Duration.ofMinutes(limitMinutes));
    }

    /** Whether the attempt can still be answered: not submitted, and within the time (with its grace). */
    public boolean isOpen(int limitMinutes, Instant now) {
        Instant deadline = deadline(limitMinutes);
        return submittedAt == null && (deadline == null || !now.isAfter(deadline.plus(GRACE)));
    }

    void submit(Map<Long, String> given, int score, boolean passed, int limitMinutes, Instant now) {
        if (submittedAt != null) {
            throw new Conflict("training.quiz.error.submitted");
        }
        if (!isOpen(limitMinutes, now)) {
            throw new Conflict("training.quiz.error.late", limitMinutes);
        }
        this.submittedAt = now;
        this.score = score;
        this.passed = passed;
        this.answers = given.entrySet().stream()
                .map(e -> e.getKey() + "\t" + e.getValue().replaceAll("[\\t\\n\\r]", " "))
                .collect(Collectors.joining("\n"));
    }

    public List<Long> getQuestionIdList() {
        return questionIds.isEmpty() ? List.of() : Arrays.stream(questionIds.split(",")).map(Long::valueOf).toList();
    }

    public Map<Long, String> getAnswerMap() {
        Map<Long, String> map = new LinkedHashMap<>();
        if (answers != null && !answers.isEmpty()) {
            for (String line : answers.split("\n")) {
                int tab = line.indexOf('\t');
                map.put(Long.valueOf(line.substring(0, tab)), line.substring(tab + 1));
            }
        }
        return map;
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public Long getCourseId() { return courseId; }
    public Long getEnrolmentId() { return enrolmentId; }
    public Long getMemberId() { return memberId; }
    public int getNumber() { return number; }
    public long getSeed() { return seed; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Integer getScore() { return score; }
    public boolean isPassed() { return passed; }
}
