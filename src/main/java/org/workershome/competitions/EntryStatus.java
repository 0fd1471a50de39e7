package org.workershome.competitions;

/** An entry waits for the approval of the entrant's union; only approved entries are scored. */
public enum EntryStatus {
    PENDING, APPROVED, REJECTED
}
