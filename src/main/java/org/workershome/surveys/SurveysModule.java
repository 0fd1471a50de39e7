package org.workershome.surveys;

import static org.workershome.core.account.Role.ADMIN;
import static org.workershome.core.account.Role.CADRE;

import java.util.List;

import org.springframework.stereotype.Component;
import org.workershome.core.module.ModuleManifest;
import org.workershome.core.module.NavEntry;
import org.workershome.core.module.PermissionGrant;

/** Surveys and research as the platform sees it: its entries and its permissions. */
@Component
public class SurveysModule implements ModuleManifest {

    /** Build, publish and close surveys of orgs in one's scope, and read their results. */
    public static final String MANAGE = "surveys:survey:manage";
    /** Keep contact points of orgs in one's scope and record visits there. */
    public static final String VISIT = "surveys:contact:visit";
    /** Write research reports and publish them to one's scope. */
    public static final String REPORT = "surveys:report:write";

    @Override
    public String name() {
        return "surveys";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(NavEntry.forEveryone("surveys.nav", "/surveys", 60),
                NavEntry.requiring(VISIT, "surveys.nav.contact", "/surveys/contact-points", 61),
                NavEntry.forEveryone("surveys.nav.reports", "/surveys/reports", 62));
    }

    @Override
    public List<PermissionGrant> permissions() {
        return List.of(PermissionGrant.of(MANAGE, CADRE, ADMIN), PermissionGrant.of(VISIT, CADRE, ADMIN),
                PermissionGrant.of(REPORT, CADRE, ADMIN));
    }
}
