package org.workershome.competitions;

/** The organiser's steps between stages; publishing locks the scores for good. */
public enum CompetitionAction {
    START_PRELIMINARY, START_FINAL, PUBLISH
}
