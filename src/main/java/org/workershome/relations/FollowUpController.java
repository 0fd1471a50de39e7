package org.workershome.relations;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.form.Forms;

/** A follow-up visit recorded on the dispute's page, and an agreement not performed referred to arbitration. */
@Controller
@RequestMapping("/relations/disputes/{id}")
class FollowUpController {

    private final FollowUpManagement followUps;
    private final DisputeManagement disputes;
    private final DisputeController page;
    private final Forms forms;

    FollowUpController(FollowUpManagement followUps, DisputeManagement disputes, DisputeController page, Forms forms) {
        this.followUps = followUps;
        this.disputes = disputes;
        this.page = page;
        this.forms = forms;
    }

    @PostMapping("/follow-ups/{followUpId}")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long followUpId,
            @RequestParam(required = false) Dispute.Performance result,
            @RequestParam(required = false) String visitedOn, @RequestParam(required = false) String note,
            Model model) {
        return forms.submit(model, () -> {
            followUps.record(user, id, followUpId, result, DisputeController.date(visitedOn, "visitedOn",
                    "relations.followUp.visitedOn.invalid"), note);
            return "redirect:/relations/disputes/" + id + "#follow-ups";
        }, () -> page.detail(user, id, model));
    }

    @PostMapping("/referral")
    String refer(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String note, Model model) {
        return forms.submit(model, () -> {
            disputes.referAfterAgreement(user, id, note);
            return "redirect:/relations/disputes/" + id;
        }, () -> page.detail(user, id, model));
    }
}
