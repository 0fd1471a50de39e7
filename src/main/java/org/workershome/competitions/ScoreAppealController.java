package org.workershome.competitions;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.form.Forms;

/** An entrant's appeal of his final score, and the organiser's decision on it (from the competition's page). */
@Controller
@RequestMapping("/competitions/{id}/appeals")
class ScoreAppealController {

    private final ScoreAppealManagement appeals;
    private final CompetitionManagement competitions;
    private final CompetitionPage page;
    private final Forms forms;

    ScoreAppealController(ScoreAppealManagement appeals, CompetitionManagement competitions, CompetitionPage page,
            Forms forms) {
        this.appeals = appeals;
        this.competitions = competitions;
        this.page = page;
        this.forms = forms;
    }

    @PostMapping
    String lodge(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> appeals.lodge(user, id, reason), "competition.appeal.lodged",
                "/competitions/" + id, () -> again(user, id, model));
    }

    @PostMapping("/{appealId}/decision")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long appealId,
            @RequestParam boolean upheld, @RequestParam(required = false) String reply, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> appeals.decide(user, id, appealId, upheld, reply),
                upheld ? "competition.appeal.upheld" : "competition.appeal.dismissed", "/competitions/" + id,
                () -> again(user, id, model));
    }

    private String again(CurrentUser user, Long id, Model model) {
        page.fill(user, competitions.get(id), model);
        return "competitions/detail";
    }
}
