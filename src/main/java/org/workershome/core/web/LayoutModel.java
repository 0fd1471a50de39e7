package org.workershome.core.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.org.OrgDirectory;

/** What the shared layout's header shows: the signed-in user and their org. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final OrgDirectory orgDirectory;

    LayoutModel(OrgDirectory orgDirectory) {
        this.orgDirectory = orgDirectory;
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
