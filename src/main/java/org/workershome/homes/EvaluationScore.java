package org.workershome.homes;

import jakarta.persistence.Embeddable;

/** A home's self-assessed points on one criterion, with the comment that justifies them. */
@Embeddable
public class EvaluationScore {

    private Long criterionId;
    private Integer points;
    private String remark;

    protected EvaluationScore() {}

    EvaluationScore(Long criterionId) {
        this.criterionId = criterionId;
    }

    void set(Integer points, String remark) {
        this.points = points;
        this.remark = remark == null || remark.isBlank() ? null : remark.strip();
    }

    public Long getCriterionId() { return criterionId; }
    public Integer getPoints() { return points; }
    public String getRemark() { return remark; }
}
