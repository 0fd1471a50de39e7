package org.workershome.relations;

/** The four warning levels (蓝/黄/橙/红), lowest first; NONE below blue. */
public enum RiskLevel {
    NONE, BLUE, YELLOW, ORANGE, RED;

    public boolean isAbove(RiskLevel other) {
        return compareTo(other) > 0;
    }
}
