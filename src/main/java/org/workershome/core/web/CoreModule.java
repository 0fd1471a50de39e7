package org.workershome.core.web;

import static org.workershome.core.account.Permissions.*;
import static org.workershome.core.account.Role.ADMIN;
import static org.workershome.core.account.Role.CADRE;
import static org.workershome.core.account.Role.MEDIATOR;

import java.util.List;

import org.springframework.stereotype.Component;
import org.workershome.core.module.ModuleManifest;
import org.workershome.core.module.NavEntry;
import org.workershome.core.module.PermissionGrant;

/** Core declares itself like any module: the administration entries and core's permissions. */
@Component
class CoreModule implements ModuleManifest {

    @Override
    public String name() {
        return "core";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(
                NavEntry.requiring(ORG_READ, "nav.orgs", "/orgs", 110),
                NavEntry.requiring(MEMBER_READ, "nav.members", "/members", 120),
                NavEntry.requiring(ACCOUNT_ADMIN, "nav.accounts", "/accounts", 130),
                NavEntry.requiring(AUDIT_READ, "nav.audit", "/audit-log", 140),
                NavEntry.requiring(CALENDAR_WRITE, "nav.calendar", "/calendar", 160));
    }

    @Override
    public List<PermissionGrant> permissions() {
        return List.of(
                PermissionGrant.of(ORG_READ, CADRE, ADMIN),
                PermissionGrant.of(ORG_WRITE, CADRE, ADMIN),
                PermissionGrant.of(MEMBER_READ, CADRE, MEDIATOR, ADMIN),
                PermissionGrant.of(MEMBER_WRITE, CADRE, ADMIN),
                PermissionGrant.of(MEMBER_PERSONAL, CADRE, ADMIN),
                PermissionGrant.of(ACCOUNT_ADMIN, ADMIN),
                PermissionGrant.of(AUDIT_READ, ADMIN),
                PermissionGrant.of(CALENDAR_WRITE, ADMIN),
                PermissionGrant.of(OPS_READ, ADMIN));
    }
}
