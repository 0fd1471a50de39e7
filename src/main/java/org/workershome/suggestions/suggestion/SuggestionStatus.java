package org.workershome.suggestions.suggestion;

/** 合理化建议: submitted → adopted / not adopted / merged into another; adopted → implementing → implemented. */
public enum SuggestionStatus {
    SUBMITTED, ADOPTED, NOT_ADOPTED, MERGED, IMPLEMENTING, IMPLEMENTED;

    /** Adopted or further: public to the unit's workers and counted in the rankings. */
    public boolean adopted() {
        return this == ADOPTED || this == IMPLEMENTING || this == IMPLEMENTED;
    }
}
