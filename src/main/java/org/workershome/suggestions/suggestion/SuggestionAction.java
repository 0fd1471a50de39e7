package org.workershome.suggestions.suggestion;

/** What is done to a suggestion; SUBMIT, SCORE, REWARD and TRANSFER are recorded on the timeline without a change of state. */
public enum SuggestionAction {
    SUBMIT, SCORE, ADOPT, REJECT, MERGE, ASSIGN, COMPLETE, REWARD, TRANSFER, REMIND
}
