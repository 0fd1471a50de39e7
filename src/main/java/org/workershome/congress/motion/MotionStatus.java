package org.workershome.congress.motion;

/** 提案: submitted → registered (立案) / converted to a suggestion (转为意见建议) / declined → assigned → replied → closed. */
public enum MotionStatus {
    SUBMITTED, REGISTERED, CONVERTED, DECLINED, ASSIGNED, REPLIED, CLOSED;

    boolean isFinal() {
        return this == CONVERTED || this == DECLINED || this == CLOSED;
    }
}
