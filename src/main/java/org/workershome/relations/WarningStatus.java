package org.workershome.relations;

/** Where a warning stands. */
public enum WarningStatus {
    RAISED, ACKNOWLEDGED, PLAN_SUBMITTED, ESCALATED, CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
