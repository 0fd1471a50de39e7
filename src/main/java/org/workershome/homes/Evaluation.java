package org.workershome.homes;

import static org.workershome.homes.Evaluation.Status.APPROVED;
import static org.workershome.homes.Evaluation.Status.DRAFT;
import static org.workershome.homes.Evaluation.Status.RETURNED;
import static org.workershome.homes.Evaluation.Status.SUBMITTED;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.workflow.StateMachine;

/**
 * A home's evaluation for one year: the unit's self-assessment per criterion, submitted, then approved — fixing the
 * weighted score and the stars — or returned with a reason by the level above. One per home and year. Workers do
 * not see evaluations, only the stars on the home.
 */
@Entity
@Table(name = "homes_evaluation")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0)")
public class Evaluation extends ScopedEntity {

    public enum Status { DRAFT, SUBMITTED, RETURNED, APPROVED }

    public enum Action { OPEN, SUBMIT, APPROVE, RETURN }

    static final String TIMELINE = "homes-evaluation";

    static final StateMachine<Status, Action> MACHINE = StateMachine.of(Status.class, Action.class)
            .allow(Action.SUBMIT, EnumSet.of(DRAFT, RETURNED), SUBMITTED)
            .allow(Action.APPROVE, SUBMITTED, APPROVED)
            .allow(Action.RETURN, SUBMITTED, RETURNED)
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long homeId;
    @Column(name = "eval_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private Status status;
    private BigDecimal weightedScore;
    private Integer stars;
    private Instant submittedAt;
    private Instant decidedAt;
    private String decidedBy;
    private String returnReason;
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "homes_evaluation_score", joinColumns = @JoinColumn(name = "evaluation_id"))
    private List<EvaluationScore> scores = new ArrayList<>();
    @Version
    private long version;

    protected Evaluation() {}

    Evaluation(WorkersHome home, int year, List<Criterion> criteria, Instant now) {
        if (criteria.isEmpty()) {
            throw new Conflict("homes.evaluation.noCriteria");
        }
        this.orgId = home.getOrgId();
        this.homeId = home.getId();
        this.year = year;
        this.status = DRAFT;
        this.createdAt = now;
        criteria.forEach(c -> scores.add(new EvaluationScore(c.getId())));
    }

    /** The points and comments as given; each within 0 and its criterion's most points. Only before submission. */
    void score(Map<Long, Criterion> criteria, Map<Long, Integer> points, Map<Long, String> remarks) {
        if (!isEditable()) {
            throw new Conflict("homes.evaluation.notEditable");
        }
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        for (EvaluationScore score : scores) {
            Criterion criterion = criteria.get(score.getCriterionId());
            Integer given = points.get(score.getCriterionId());
            String remark = remarks.get(score.getCriterionId());
            if (given != null && (given < 0 || given > criterion.getMaxPoints())) {
                errors.put("points" + score.getCriterionId(), "homes.evaluation.points.range");
            } else if (remark != null && remark.length() > 1000) {
                errors.put("remark" + score.getCriterionId(), "homes.evaluation.remark.tooLong");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        scores.forEach(s -> s.set(points.get(s.getCriterionId()), remarks.get(s.getCriterionId())));
    }

    Status submit(Instant now) {
        if (scores.stream().anyMatch(s -> s.getPoints() == null)) {
            throw new Conflict("homes.evaluation.incomplete");
        }
        Status from = move(Action.SUBMIT);
        this.submittedAt = now;
        this.returnReason = null;
        return from;
    }

    Status approve(Map<Long, Criterion> criteria, String by, Instant now) {
        Status from = move(Action.APPROVE);
        this.weightedScore = StarRating.weightedScore(scores.stream().map(s -> {
            Criterion c = criteria.get(s.getCriterionId());
            return new StarRating.Scored(c.getWeight(), c.getMaxPoints(), s.getPoints());
        }).toList());
        this.stars = StarRating.stars(weightedScore);
        this.decidedAt = now;
        this.decidedBy = by;
        return from;
    }

    Status giveBack(String reason, String by, Instant now) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw InvalidInput.field("reason", "homes.evaluation.reason.required");
        }
        Status from = move(Action.RETURN);
        this.returnReason = reason.strip();
        this.decidedAt = now;
        this.decidedBy = by;
        return from;
    }

    private Status move(Action action) {
        Status from = status;
        status = MACHINE.next(status, action);
        return from;
    }

    public boolean isEditable() {
        return status == DRAFT || status == RETURNED;
    }

    @Override
    public Long getId() { return id; }
    public Long getHomeId() { return homeId; }
    public int getYear() { return year; }
    public Status getStatus() { return status; }
    public BigDecimal getWeightedScore() { return weightedScore; }
    public Integer getStars() { return stars; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getReturnReason() { return returnReason; }
    public List<EvaluationScore> getScores() { return scores; }
}
