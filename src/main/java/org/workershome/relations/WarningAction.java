package org.workershome.relations;

/** What is done to a warning; RAISE and ESCALATE are the system's. */
public enum WarningAction {
    RAISE, ACKNOWLEDGE, SUBMIT_PLAN, CLOSE, ESCALATE
}
