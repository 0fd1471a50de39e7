package org.workershome.insight;

import static org.workershome.core.account.Role.ADMIN;
import static org.workershome.core.account.Role.CADRE;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.workershome.core.module.ModuleManifest;
import org.workershome.core.module.NavEntry;
import org.workershome.core.module.PermissionGrant;

/** The insight dashboards as the platform sees them: the entry and the permissions. */
@Component
@EnableConfigurationProperties(InsightProperties.class)
public class InsightModule implements ModuleManifest {

    /** See the dashboards of the orgs in one's scope and export their tables. */
    public static final String VIEW = "insight:dashboard:view";
    /** Have the figures rebuilt from the modules now rather than at the next refresh. */
    public static final String REBUILD = "insight:figures:rebuild";

    @Override
    public String name() {
        return "insight";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(NavEntry.requiring(VIEW, "insight.nav", "/insight", 100));
    }

    @Override
    public List<PermissionGrant> permissions() {
        return List.of(PermissionGrant.of(VIEW, CADRE, ADMIN), PermissionGrant.of(REBUILD, ADMIN));
    }
}
