package org.workershome.relations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.scope.ScopedEntity;

/**
 * One screening of one grassroots unit for one period (隐患排查): the template's checkpoints copied when the task is
 * made, answered OK or RISK with a note, submitted once. Workers see none (self filter).
 */
@Entity
@Table(name = "relations_screening")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0)")
public class RiskScreening extends ScopedEntity {

    public enum Status { OPEN, SUBMITTED }

    static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long templateId;
    private String periodLabel;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant createdAt;
    private Instant dueAt;
    private Instant submittedAt;
    private Long submittedByAccountId;
    private String submittedByName;
    private Integer score;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "relations_screening_answer", joinColumns = @JoinColumn(name = "screening_id"))
    @OrderColumn(name = "answer_order")
    private List<ScreeningAnswer> answers = new ArrayList<>();

    protected RiskScreening() {}

    RiskScreening(Long orgId, ScreeningTemplate template, String periodLabel, Instant now, Instant dueAt) {
        this.orgId = orgId;
        this.templateId = template.getId();
        this.periodLabel = periodLabel;
        this.status = Status.OPEN;
        this.createdAt = now;
        this.dueAt = dueAt;
        template.getCheckpoints().forEach(c -> answers.add(new ScreeningAnswer(c)));
    }

    /** What the filler says of each checkpoint, by checkpoint id: RISK or OK, and a note (required with RISK). */
    public record Finding(boolean risk, String note) {}

    /** Answers every checkpoint and scores the screening; refused once submitted, or when one is unanswered. */
    void submit(Map<Long, Finding> findings, Long accountId, String name, Instant now) {
        if (status != Status.OPEN) {
            throw new Conflict("relations.screening.alreadySubmitted");
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        for (ScreeningAnswer answer : answers) {
            Finding finding = findings.get(answer.getCheckpointId());
            String field = "answer" + answer.getCheckpointId();
            if (finding == null) {
                errors.put(field, "relations.screening.answer.required");
            } else if (finding.note() != null && finding.note().length() > MAX_NOTE) {
                errors.put(field, "relations.screening.note.tooLong");
            } else if (finding.risk() && (finding.note() == null || finding.note().isBlank())) {
                errors.put(field, "relations.screening.note.requiredForRisk");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        answers.forEach(a -> {
            Finding f = findings.get(a.getCheckpointId());
            a.answer(f.risk(), f.note());
        });
        this.score = RiskScoring.screeningScore(answers);
        this.status = Status.SUBMITTED;
        this.submittedAt = now;
        this.submittedByAccountId = accountId;
        this.submittedByName = name;
    }

    public long riskCount() {
        return answers.stream().filter(a -> Boolean.TRUE.equals(a.getRisk())).count();
    }

    public boolean isOverdueAt(Instant now) {
        return status == Status.OPEN && dueAt.isBefore(now);
    }

    @Override
    public Long getId() { return id; }
    public Long getTemplateId() { return templateId; }
    public String getPeriodLabel() { return periodLabel; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDueAt() { return dueAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedByName() { return submittedByName; }
    public Integer getScore() { return score; }
    public long getVersion() { return version; }
    public List<ScreeningAnswer> getAnswers() { return answers; }
}
