package org.workershome.suggestions;

import static org.workershome.core.account.Role.ADMIN;
import static org.workershome.core.account.Role.CADRE;

import java.util.List;

import org.springframework.stereotype.Component;
import org.workershome.core.module.ModuleManifest;
import org.workershome.core.module.NavEntry;
import org.workershome.core.module.PermissionGrant;

/** Suggestions, craftsmen and studios as the platform sees them: entries for everyone, the committee's permissions. */
@Component
public class SuggestionsModule implements ModuleManifest {

    /** Score and decide on suggestions of orgs in one's scope, track their implementation, benefit and reward. */
    public static final String EVALUATE = "suggestions:suggestion:evaluate";
    /** Nominate craftsmen, review them as the panel, handle objections, award titles and record incentives. */
    public static final String CRAFTSMEN = "suggestions:craftsman:manage";
    /** Register innovation studios of orgs in one's scope, their members, results, funds and assessments. */
    public static final String STUDIOS = "suggestions:studio:manage";

    @Override
    public String name() {
        return "suggestions";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(NavEntry.forEveryone("suggestions.nav", "/suggestions", 55),
                NavEntry.forEveryone("suggestions.craftsmen.nav", "/craftsmen", 56),
                NavEntry.forEveryone("suggestions.studios.nav", "/studios", 57));
    }

    @Override
    public List<PermissionGrant> permissions() {
        return List.of(PermissionGrant.of(EVALUATE, CADRE, ADMIN), PermissionGrant.of(CRAFTSMEN, CADRE, ADMIN),
                PermissionGrant.of(STUDIOS, CADRE, ADMIN));
    }

    @Override
    public List<String> publicPages() {
        return List.of();
    }
}
