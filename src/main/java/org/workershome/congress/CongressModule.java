package org.workershome.congress;

import static org.workershome.core.account.Role.ADMIN;
import static org.workershome.core.account.Role.CADRE;

import java.util.List;

import org.springframework.stereotype.Component;
import org.workershome.core.module.ModuleManifest;
import org.workershome.core.module.NavEntry;
import org.workershome.core.module.PermissionGrant;

/** The workers' congress as the platform sees it: its entry and its permissions. */
@Component
public class CongressModule implements ModuleManifest {

    /** Run congresses: terms, sessions, roster, sign-in, ballots, motions committee, open affairs, consultations. */
    public static final String MANAGE = "congress:congress:manage";
    /** Answer motions assigned to one's org. */
    public static final String HANDLE_MOTIONS = "congress:motion:handle";

    @Override
    public String name() {
        return "congress";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(NavEntry.forEveryone("congress.nav", "/congress", 40));
    }

    @Override
    public List<PermissionGrant> permissions() {
        return List.of(PermissionGrant.of(MANAGE, CADRE, ADMIN), PermissionGrant.of(HANDLE_MOTIONS, CADRE, ADMIN));
    }
}
