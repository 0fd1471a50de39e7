package org.workershome.appeals;

import static org.workershome.core.account.Role.ADMIN;
import static org.workershome.core.account.Role.CADRE;

import java.util.List;

import org.springframework.stereotype.Component;
import org.workershome.core.module.ModuleManifest;
import org.workershome.core.module.NavEntry;
import org.workershome.core.module.PermissionGrant;

/** The appeals channel as the platform sees it: its entry, its permissions, the public tracking page. */
@Component
public class AppealsModule implements ModuleManifest {

    /** Accept, transfer, work on and answer appeals in one's scope. */
    public static final String HANDLE = "appeals:appeal:handle";
    /** Edit appeal categories and their deadlines. */
    public static final String ADMINISTER = "appeals:category:admin";

    @Override
    public String name() {
        return "appeals";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(NavEntry.forEveryone("nav.appeals", "/appeals", 20));
    }

    @Override
    public List<PermissionGrant> permissions() {
        return List.of(PermissionGrant.of(HANDLE, CADRE, ADMIN), PermissionGrant.of(ADMINISTER, ADMIN));
    }

    /** Someone without an account follows an appeal with its tracking number and phone. */
    @Override
    public List<String> publicPages() {
        return List.of("/appeals/track");
    }
}
