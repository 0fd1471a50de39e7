package org.workershome.surveys;

/** The kinds of question a survey may ask, and how each is answered. */
public enum QuestionKind {
    SINGLE, MULTIPLE, MATRIX, SCALE, RANKING, NUMBER, DATE, TEXT;

    /** Asked with a list of options. */
    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE || this == MATRIX || this == RANKING;
    }

    /** May be the condition of another question's skip logic. */
    public boolean canCondition() {
        return this == SINGLE || this == MULTIPLE;
    }
}
