package org.workershome.competitions;

/**
 * The organiser's steps between stages: closing the final's scoring opens the review (score appeals), reopening it
 * lets judges mark again after an upheld appeal, publishing locks the scores for good.
 */
public enum CompetitionAction {
    START_PRELIMINARY, START_FINAL, CLOSE_SCORING, REOPEN_SCORING, PUBLISH
}
