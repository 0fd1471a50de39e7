package org.workershome.appeals;

/** Where an appeal stands. CLOSED, REJECTED and WITHDRAWN are final. */
@org.springframework.modulith.NamedInterface("events")
public enum AppealStatus {
    SUBMITTED, ACCEPTED, IN_PROGRESS, REPLIED, CLOSED, REJECTED, WITHDRAWN;

    public boolean isOpen() {
        return this == SUBMITTED || this == ACCEPTED || this == IN_PROGRESS;
    }
}
