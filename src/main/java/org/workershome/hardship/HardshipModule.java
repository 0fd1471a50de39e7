package org.workershome.hardship;

import static org.workershome.core.account.Role.ADMIN;
import static org.workershome.core.account.Role.CADRE;

import java.util.List;

import org.springframework.stereotype.Component;
import org.workershome.core.module.ModuleManifest;
import org.workershome.core.module.NavEntry;
import org.workershome.core.module.PermissionGrant;

/** Hardship assistance as the platform sees it: its entry and its permissions. */
@Component
public class HardshipModule implements ModuleManifest {

    /** Open, verify, notice, approve, review and close hardship files in one's scope. */
    public static final String HANDLE = "hardship:file:handle";
    /** Manage funds, allocations and projects in one's scope. */
    public static final String MANAGE_FUNDS = "hardship:fund:manage";

    @Override
    public String name() {
        return "hardship";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(NavEntry.forEveryone("nav.hardship", "/hardship", 30));
    }

    @Override
    public List<PermissionGrant> permissions() {
        return List.of(PermissionGrant.of(HANDLE, CADRE, ADMIN), PermissionGrant.of(MANAGE_FUNDS, CADRE, ADMIN));
    }
}
