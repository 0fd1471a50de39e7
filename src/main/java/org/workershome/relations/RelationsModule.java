package org.workershome.relations;

import static org.workershome.core.account.Role.ADMIN;
import static org.workershome.core.account.Role.CADRE;
import static org.workershome.core.account.Role.MEDIATOR;

import java.util.List;

import org.springframework.stereotype.Component;
import org.workershome.core.module.ModuleManifest;
import org.workershome.core.module.NavEntry;
import org.workershome.core.module.PermissionGrant;

/** Labour relations as the platform sees it: its entry and its permissions. */
@Component
public class RelationsModule implements ModuleManifest {

    /** Fill screenings of units in one's scope, see their risk, answer their warnings. */
    public static final String SCREEN = "relations:screening:handle";
    /** Edit screening templates, scoring rules and level thresholds. */
    public static final String MANAGE = "relations:rules:manage";
    /** Register labour disputes of units in one's scope and assign mediators. */
    public static final String DISPUTES = "relations:dispute:handle";
    /** Mediate disputes of units in one's scope: sessions and outcome. */
    public static final String MEDIATE = "relations:dispute:mediate";

    @Override
    public String name() {
        return "relations";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(NavEntry.requiring(SCREEN, "nav.relations", "/relations", 50),
                NavEntry.requiring(MEDIATE, "relations.nav.disputes", "/relations/disputes", 51));
    }

    @Override
    public List<PermissionGrant> permissions() {
        return List.of(PermissionGrant.of(SCREEN, CADRE, ADMIN), PermissionGrant.of(MANAGE, ADMIN),
                PermissionGrant.of(DISPUTES, CADRE, ADMIN), PermissionGrant.of(MEDIATE, MEDIATOR, ADMIN));
    }

    /** Anyone holding a printed agreement may check its code. */
    @Override
    public List<String> publicPages() {
        return List.of("/relations/agreements/*");
    }
}
