package org.workershome.relations;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.NotFound;
import org.workershome.core.form.Forms;
import org.workershome.core.org.OrgDirectory;

/** The risk board, one unit's screenings and warnings, and a warning with its answers. */
@Controller
@RequestMapping("/relations")
class RiskController {

    private final RelationsViews views;
    private final ScreeningManagement screenings;
    private final WarningManagement warnings;
    private final OrgDirectory orgs;
    private final Access access;
    private final Forms forms;

    RiskController(RelationsViews views, ScreeningManagement screenings, WarningManagement warnings, OrgDirectory orgs,
            Access access, Forms forms) {
        this.views = views;
        this.screenings = screenings;
        this.warnings = warnings;
        this.orgs = orgs;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping("/board")
    String board(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.require(user, RelationsModule.SCREEN);
        model.addAttribute("board", views.board());
        model.addAttribute("levels", RiskLevel.values());
        return "relations/board";
    }

    @GetMapping("/orgs/{orgId}")
    String org(@AuthenticationPrincipal CurrentUser user, @PathVariable Long orgId, Model model) {
        access.require(user, RelationsModule.SCREEN);
        if (!access.covers(user, orgId)) {
            throw NotFound.of("org", orgId).get();
        }
        model.addAttribute("orgName", orgs.nameOf(orgId));
        model.addAttribute("orgId", orgId);
        model.addAttribute("risk", views.riskOf(orgId).orElse(null));
        model.addAttribute("screenings", screenings.ofOrg(orgId));
        model.addAttribute("warnings", warnings.ofOrg(orgId));
        return "relations/org";
    }

    @GetMapping("/warnings/{id}")
    String warning(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        return showWarning(user, warnings.get(id), model);
    }

    @PostMapping("/warnings/{id}/actions")
    String act(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) WarningAction action, @RequestParam(required = false) String plan,
            Model model) {
        Warning warning = warnings.get(id);
        access.require(user, RelationsModule.SCREEN, warning.getOrgId());
        return forms.submit(model, () -> {
            if (action == null) {
                throw org.workershome.core.error.InvalidInput.field("action", "relations.warning.action.required");
            }
            warnings.act(user, id, action, plan);
            return "redirect:/relations/warnings/" + id;
        }, () -> {
            model.addAttribute("plan", plan);
            return showWarning(user, warnings.get(id), model);
        });
    }

    private String showWarning(CurrentUser user, Warning warning, Model model) {
        model.addAttribute("warning", warning);
        model.addAttribute("orgName", orgs.nameOf(warning.getOrgId()));
        model.addAttribute("timeline", warnings.timelineOf(warning.getId()));
        model.addAttribute("actions", access.may(user, RelationsModule.SCREEN, warning.getOrgId())
                ? warning.userActions() : java.util.Set.of());
        return "relations/warning";
    }
}
