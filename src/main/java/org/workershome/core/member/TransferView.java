package org.workershome.core.member;

import java.time.Instant;
import java.time.LocalDateTime;

import org.workershome.core.time.Times;

/** One transfer of a member as pages and the API show it. */
public record TransferView(Long id, Long fromOrgId, String fromOrgName, Long toOrgId, String toOrgName, String reason,
        Instant transferredAt, String transferredBy) {

    /** When, on the union's clock, for pages. */
    public LocalDateTime localTime() {
        return transferredAt == null ? null : LocalDateTime.ofInstant(transferredAt, Times.ZONE);
    }
}
