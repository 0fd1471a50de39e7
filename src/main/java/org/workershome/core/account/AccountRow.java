package org.workershome.core.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.workershome.core.org.OrgDirectory;
import org.workershome.core.scope.DataScope;
import org.workershome.core.time.Times;

/** An account as lists, the edit page and the API show it: no password hash, org by name, state worked out. */
record AccountRow(Long id, String username, String displayName, Long orgId, String orgName, Long memberId,
        List<Role> roles, DataScope dataScope, String email, boolean enabled, boolean locked, Instant lockedUntil,
        Instant lastLoginAt) {

    static AccountRow of(Account account, OrgDirectory orgNames, Clock clock) {
        return new AccountRow(account.getId(), account.getUsername(), account.getDisplayName(), account.getOrgId(),
                orgNames.nameOf(account.getOrgId()), account.getMemberId(),
                account.getRoles().stream().sorted().toList(), account.getDataScope(), account.getEmail(),
                account.isEnabled(), account.isLockedAt(clock.instant()), account.getLockedUntil(),
                account.getLastLoginAt());
    }

    /** For Chinese-style display in pages. */
    public ZonedDateTime lastLogin() {
        return lastLoginAt == null ? null : lastLoginAt.atZone(Times.ZONE);
    }
}
