package org.workershome.training;

import static org.workershome.core.account.Role.ADMIN;
import static org.workershome.core.account.Role.CADRE;

import java.util.List;

import org.springframework.stereotype.Component;
import org.workershome.core.module.ModuleManifest;
import org.workershome.core.module.NavEntry;
import org.workershome.core.module.PermissionGrant;

/** Training as the platform sees it: one entry for everyone; the organisers' permission; who takes required plans. */
@Component
public class TrainingModule implements ModuleManifest {

    /** Organise courses, quizzes, offline sessions and plans of orgs in one's scope; record skill levels. */
    public static final String MANAGE = "training:course:manage";
    /** Be held to the required plans (学习计划) assigned to the cadres of one's org. */
    public static final String TAKE_PLAN = "training:plan:take";

    @Override
    public String name() {
        return "training";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(NavEntry.forEveryone("training.nav", "/training", 65));
    }

    @Override
    public List<PermissionGrant> permissions() {
        return List.of(PermissionGrant.of(MANAGE, CADRE, ADMIN), PermissionGrant.of(TAKE_PLAN, CADRE));
    }

    /** The sign-in link of a QR code is opened signed in; nothing of training is public. */
    @Override
    public List<String> publicPages() {
        return List.of();
    }
}
