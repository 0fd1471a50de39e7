package org.workershome.portal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgDirectory;

/** Nominating a model deed (cadres) and the newsroom's approval queue. */
@Controller
class DeedController {

    private final DeedManagement deeds;
    private final Topics topics;
    private final OrgDirectory orgs;
    private final IdempotentSubmissions submissions;
    private final Access access;

    DeedController(DeedManagement deeds, Topics topics, OrgDirectory orgs, IdempotentSubmissions submissions,
            Access access) {
        this.deeds = deeds;
        this.topics = topics;
        this.orgs = orgs;
        this.submissions = submissions;
        this.access = access;
    }

    @GetMapping("/deed-nominations/new")
    String nominateForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long memberId,
            Model model) {
        access.require(user, PortalModule.NOMINATE_DEED);
        return form(memberId == null ? null : new DeedManagement.Nomination(memberId, null, null, null, null, null),
                UUID.randomUUID().toString(), model);
    }

    /** {@code requestToken} makes a second click or a resend over a bad network nominate once. */
    @PostMapping("/deed-nominations")
    String nominate(@AuthenticationPrincipal CurrentUser user, DeedManagement.Nomination nomination,
            @RequestParam(required = false) String requestToken, Model model) {
        try {
            submissions.submit(requestToken, "portal.deed.nominate", () -> deeds.nominate(user, nomination).getId(),
                    id -> id, id -> Optional.of(Long.valueOf(id)));
            return "redirect:/deed-nominations/new?sent";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.fieldErrors());
            return form(nomination, requestToken, model);
        }
    }

    private String form(DeedManagement.Nomination nomination, String requestToken, Model model) {
        model.addAttribute("form", nomination);
        model.addAttribute("requestToken", requestToken);
        model.addAttribute("topics", topics.findByVisibleTrueOrderByPositionAsc());
        return "portal/deeds/nominate";
    }

    @GetMapping("/editor/deeds")
    String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
        var awaiting = deeds.awaiting(user);
        model.addAttribute("deeds", awaiting);
        model.addAttribute("orgNames", orgs.namesOf(awaiting.stream().map(Deed::getOrgId).toList()));
        return "portal/deeds/queue";
    }

    @PostMapping("/editor/deeds/{id}")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam boolean approve) {
        deeds.decide(user, id, approve);
        return "redirect:/editor/deeds";
    }
}
