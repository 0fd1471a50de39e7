package org.workershome.competitions;

/** Where a competition stands: entries are taken, then scored in a preliminary and a final, then results published. */
public enum CompetitionStage {
    REGISTRATION, PRELIMINARY, FINAL, RESULTS_PUBLISHED;

    boolean isScoring() {
        return this == PRELIMINARY || this == FINAL;
    }
}
