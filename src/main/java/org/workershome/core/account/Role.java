package org.workershome.core.account;

import static org.workershome.core.account.Permissions.*;

import java.util.Set;

/** Roles an account can hold; each grants a set of permissions. */
public enum Role {
    WORKER(Set.of()),
    REPRESENTATIVE(Set.of()),
    CADRE(Set.of(ORG_READ, ORG_WRITE, MEMBER_READ, MEMBER_WRITE, MEMBER_PERSONAL, APPEAL_HANDLE, DEED_NOMINATE,
            HARDSHIP_HANDLE, HARDSHIP_FUND, CONGRESS_MANAGE, MOTION_HANDLE)),
    EDITOR(Set.of(ARTICLE_WRITE)),
    CHIEF_EDITOR(Set.of(ARTICLE_WRITE, ARTICLE_PUBLISH, PORTAL_ADMIN)),
    JUDGE(Set.of()),
    MEDIATOR(Set.of(MEMBER_READ)),
    LIBRARIAN(Set.of()),
    ADMIN(Set.of(ORG_READ, ORG_WRITE, MEMBER_READ, MEMBER_WRITE, MEMBER_PERSONAL, ACCOUNT_ADMIN, AUDIT_READ,
            CALENDAR_WRITE, OPS_READ, APPEAL_HANDLE, APPEAL_ADMIN, ARTICLE_WRITE, ARTICLE_PUBLISH, PORTAL_ADMIN,
            DEED_NOMINATE, HARDSHIP_HANDLE, HARDSHIP_FUND, CONGRESS_MANAGE, MOTION_HANDLE));

    private final Set<String> permissions;

    Role(Set<String> permissions) {
        this.permissions = permissions;
    }

    public Set<String> permissions() {
        return permissions;
    }
}
