package org.workershome.core.account;

import static org.workershome.core.account.Permissions.*;

import java.util.Set;

/** Roles an account can hold; each grants a set of permissions. */
public enum Role {
    WORKER(Set.of()),
    REPRESENTATIVE(Set.of()),
    CADRE(Set.of(ORG_READ, ORG_WRITE, MEMBER_READ, MEMBER_WRITE, MEMBER_PERSONAL, APPEAL_HANDLE)),
    EDITOR(Set.of()),
    JUDGE(Set.of()),
    MEDIATOR(Set.of(MEMBER_READ)),
    LIBRARIAN(Set.of()),
    ADMIN(Set.of(ORG_READ, ORG_WRITE, MEMBER_READ, MEMBER_WRITE, MEMBER_PERSONAL, ACCOUNT_ADMIN, AUDIT_READ,
            CALENDAR_WRITE, OPS_READ, APPEAL_HANDLE, APPEAL_ADMIN));

    private final Set<String> permissions;

    Role(Set<String> permissions) {
        this.permissions = permissions;
    }

    public Set<String> permissions() {
        return permissions;
    }
}
