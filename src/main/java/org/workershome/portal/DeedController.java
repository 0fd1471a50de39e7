package org.workershome.portal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;

/** Nominating a model deed (cadres) and the newsroom's approval queue. */
@Controller
class DeedController {

    private final DeedManagement deeds;
    private final Topics topics;
    private final org.workershome.core.org.OrgDirectory orgs;

    DeedController(DeedManagement deeds, Topics topics, org.workershome.core.org.OrgDirectory orgs) {
        this.deeds = deeds;
        this.topics = topics;
        this.orgs = orgs;
    }

    @GetMapping("/deed-nominations/new")
    @PreAuthorize("hasAuthority('portal:deed:nominate')")
    String nominateForm(@RequestParam(required = false) Long memberId, Model model) {
        if (memberId != null && !model.containsAttribute("form")) { // from the member's page
            model.addAttribute("form", new DeedManagement.Nomination(memberId, null, null, null, null, null));
        }
        model.addAttribute("topics", topics.findByVisibleTrueOrderByPositionAsc());
        return "portal/deeds/nominate";
    }

    @PostMapping("/deed-nominations")
    @PreAuthorize("hasAuthority('portal:deed:nominate')")
    String nominate(@AuthenticationPrincipal CurrentUser user, DeedManagement.Nomination nomination, Model model) {
        try {
            deeds.nominate(user, nomination);
            return "redirect:/deed-nominations/new?sent";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("form", nomination);
            return nominateForm(null, model);
        }
    }

    @GetMapping("/editor/deeds")
    @PreAuthorize("hasAuthority('portal:article:write')")
    String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
        var awaiting = deeds.awaiting(user);
        model.addAttribute("deeds", awaiting);
        model.addAttribute("orgNames", orgs.namesOf(awaiting.stream().map(Deed::getOrgId).toList()));
        return "portal/deeds/queue";
    }

    @PostMapping("/editor/deeds/{id}")
    @PreAuthorize("hasAuthority('portal:article:write')")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam boolean approve) {
        deeds.decide(user, id, approve);
        return "redirect:/editor/deeds";
    }
}
