package org.workershome.suggestions.suggestion;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/** One committee member's marks (1–10 each) for innovation, feasibility and expected benefit. */
@Embeddable
public class Score {

    private Long accountId;
    private String scorerName;
    private int innovation;
    private int feasibility;
    private int benefit;
    private Instant scoredAt;

    protected Score() {}

    Score(Long accountId, String scorerName, int innovation, int feasibility, int benefit, Instant scoredAt) {
        this.accountId = accountId;
        this.scorerName = scorerName;
        this.innovation = innovation;
        this.feasibility = feasibility;
        this.benefit = benefit;
        this.scoredAt = scoredAt;
    }

    /** Out of 30. */
    public int total() {
        return innovation + feasibility + benefit;
    }

    public Long getAccountId() { return accountId; }
    public String getScorerName() { return scorerName; }
    public int getInnovation() { return innovation; }
    public int getFeasibility() { return feasibility; }
    public int getBenefit() { return benefit; }
    public Instant getScoredAt() { return scoredAt; }
}
