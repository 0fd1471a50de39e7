package org.workershome.hardship;

/** Where a hardship file stands. TEMPORARY is temporary relief (临时救助), a lighter path that can become a full file. */
public enum HardshipStatus {
    APPLIED, VERIFIED, PUBLIC_NOTICE, APPROVED, UNDER_REVIEW, TEMPORARY, REJECTED, EXITED, CANCELLED;

    /** Statuses of a file that still counts as the household's one active file. */
    public boolean isActive() {
        return this != REJECTED && this != EXITED && this != CANCELLED;
    }

    /** Statuses in which aid may be given. */
    public boolean mayReceiveAid() {
        return this == APPROVED || this == UNDER_REVIEW || this == TEMPORARY;
    }
}
