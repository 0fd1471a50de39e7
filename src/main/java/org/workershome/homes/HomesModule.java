package org.workershome.homes;

import static org.workershome.core.account.Role.ADMIN;
import static org.workershome.core.account.Role.CADRE;
import static org.workershome.core.account.Role.REPRESENTATIVE;
import static org.workershome.core.account.Role.WORKER;

import java.util.List;

import org.springframework.stereotype.Component;
import org.workershome.core.module.ModuleManifest;
import org.workershome.core.module.NavEntry;
import org.workershome.core.module.PermissionGrant;

/** Workers' homes as the platform sees it: one entry for everyone, its permissions. */
@Component
public class HomesModule implements ModuleManifest {

    /** Register and keep the homes of orgs in one's scope: rooms, photos, activities; self-assess and approve. */
    public static final String MANAGE = "homes:home:manage";
    /** Edit the year's evaluation criteria (only at the national level, checked by the service). */
    public static final String CRITERIA = "homes:criteria:manage";
    /** Book a room of a home one may see. */
    public static final String BOOK = "homes:room:book";

    @Override
    public String name() {
        return "homes";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(NavEntry.forEveryone("homes.nav", "/homes", 70));
    }

    @Override
    public List<PermissionGrant> permissions() {
        return List.of(PermissionGrant.of(MANAGE, CADRE, ADMIN), PermissionGrant.of(CRITERIA, CADRE, ADMIN),
                PermissionGrant.of(BOOK, WORKER, REPRESENTATIVE, CADRE, ADMIN));
    }

    @Override
    public List<String> publicPages() {
        return List.of();
    }
}
