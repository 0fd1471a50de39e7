package org.workershome.competitions;

import static org.workershome.core.account.Role.ADMIN;
import static org.workershome.core.account.Role.CADRE;
import static org.workershome.core.account.Role.JUDGE;

import java.util.List;

import org.springframework.stereotype.Component;
import org.workershome.core.module.ModuleManifest;
import org.workershome.core.module.NavEntry;
import org.workershome.core.module.PermissionGrant;

/** Competitions as the platform sees them: one entry for everyone, the organisers' and the judges' permissions. */
@Component
public class CompetitionsModule implements ModuleManifest {

    /** Organise competitions of orgs in one's scope, enter and approve their members' entries. */
    public static final String MANAGE = "competitions:competition:manage";
    /** Score entrants of the competitions one is appointed to judge. */
    public static final String SCORE = "competitions:score:write";

    @Override
    public String name() {
        return "competitions";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(NavEntry.forEveryone("competition.nav", "/competitions", 50));
    }

    @Override
    public List<PermissionGrant> permissions() {
        return List.of(PermissionGrant.of(MANAGE, CADRE, ADMIN), PermissionGrant.of(SCORE, JUDGE));
    }

    /** The ranking of a final, and its live fragment, are for anyone (a results board in the hall, a phone). */
    @Override
    public List<String> publicPages() {
        return List.of("/competitions/*/ranking", "/competitions/*/ranking/live");
    }
}
