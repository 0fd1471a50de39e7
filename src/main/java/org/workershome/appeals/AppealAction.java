package org.workershome.appeals;

/**
 * What can be done to an appeal. Handlers: ACCEPT, REJECT, TRANSFER, START, UPDATE (progress note), REPLY.
 * The worker: CLOSE (confirm), RATE, REOPEN, WITHDRAW. The system: SUBMIT, ESCALATED, AUTO_CLOSE, and LINKED_CASE —
 * a case another module opened from the appeal (a labour dispute) moved ({@link LinkedCaseNoted}).
 */
@org.springframework.modulith.NamedInterface("events")
public enum AppealAction {
    SUBMIT, ACCEPT, REJECT, TRANSFER, START, UPDATE, REPLY, CLOSE, RATE, REOPEN, WITHDRAW, ESCALATED, AUTO_CLOSE, LINKED_CASE;

    /** Actions a handler (cadre of the appeal's org or above) takes. */
    public boolean byHandler() {
        return this == ACCEPT || this == REJECT || this == TRANSFER || this == START || this == UPDATE || this == REPLY;
    }

    /** Actions only the worker who submitted the appeal takes. */
    public boolean bySubmitter() {
        return this == CLOSE || this == RATE || this == REOPEN || this == WITHDRAW;
    }
}
