package org.workershome.core.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.module.Modules;
import org.workershome.core.module.NavEntry;
import org.workershome.core.org.OrgDirectory;

/** What the shared layout's header shows: the signed-in user, their org and the navigation. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final OrgDirectory orgDirectory;
    private final Modules modules;

    LayoutModel(OrgDirectory orgDirectory, Modules modules) {
        this.orgDirectory = orgDirectory;
        this.modules = modules;
    }

    /** The modules' navigation entries this user may open (see {@code ModuleManifest}). */
    @ModelAttribute("navigation")
    java.util.List<NavEntry> navigation(Authentication authentication) {
        return modules.navigationFor(me(authentication));
    }

    @ModelAttribute("me")
    CurrentUser me(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }

    @ModelAttribute("myOrgName")
    String myOrgName(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? orgDirectory.nameOf(user.orgId()) : null;
    }
}
