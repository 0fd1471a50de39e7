package org.workershome.competitions;

/**
 * Where a competition stands: entries are taken, then scored in a preliminary and a final, then the final's scores
 * are under review (entrants may appeal them), then results published.
 */
public enum CompetitionStage {
    REGISTRATION, PRELIMINARY, FINAL, REVIEW, RESULTS_PUBLISHED;

    boolean isScoring() {
        return this == PRELIMINARY || this == FINAL;
    }
}
