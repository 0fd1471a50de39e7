package org.workershome.suggestions.suggestion;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.form.Forms;

/** The committee's steps on a suggestion's page: scores, decision, implementation, benefit, reward, transfer. */
@Controller
@RequestMapping("/suggestions/{id}")
class EvaluationController {

    private final SuggestionManagement management;
    private final SuggestionPage page;
    private final Forms forms;

    EvaluationController(SuggestionManagement management, SuggestionPage page, Forms forms) {
        this.management = management;
        this.page = page;
        this.forms = forms;
    }

    @PostMapping("/score")
    String score(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam(required = false) String innovation,
            @RequestParam(required = false) String feasibility, @RequestParam(required = false) String benefit,
            Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, "suggestions.done.scored", () -> management.score(user, id,
                mark(innovation), mark(feasibility), mark(benefit)));
    }

    @PostMapping("/decision")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) SuggestionAction action, @RequestParam(required = false) String note,
            @RequestParam(required = false) Long mergedIntoId, Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, "suggestions.done.decided",
                () -> management.decide(user, id, new SuggestionManagement.Decision(action, note, mergedIntoId)));
    }

    @PostMapping("/assign")
    String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String ownerName, @RequestParam(required = false) LocalDate dueOn,
            Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, "suggestions.done.assigned",
                () -> management.assign(user, id, ownerName, dueOn));
    }

    @PostMapping("/benefit")
    String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String moneySaved, @RequestParam(required = false) String hoursSaved,
            @RequestParam(required = false) String emissionsCut, @RequestParam(required = false) String safetyGain,
            Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, "suggestions.done.implemented", () -> management.complete(user, id,
                Benefit.parse(moneySaved, hoursSaved, emissionsCut, safetyGain)));
    }

    @PostMapping("/reward")
    String reward(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String rewardAmount, @RequestParam(required = false) String rewardNote,
            Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, "suggestions.done.rewarded",
                () -> management.reward(user, id, amount(rewardAmount), rewardNote));
    }

    @PostMapping("/transfers")
    String transfer(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) TransferKind kind, @RequestParam(required = false) String reference,
            @RequestParam(required = false) String note, @RequestParam(required = false) LocalDate transferredOn,
            Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, "suggestions.done.transferred",
                () -> management.transfer(user, id, kind, reference, note, transferredOn));
    }

    private String step(CurrentUser user, Long id, Model model, RedirectAttributes redirect, String done, Runnable act) {
        return forms.step(model, redirect, act, done, "/suggestions/" + id, () -> {
            page.fill(user, management.get(id), model);
            return "suggestions/detail";
        });
    }

    static int mark(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.field("marks", "suggestions.score.range");
        }
    }

    static BigDecimal amount(String text) {
        try {
            return new BigDecimal(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.field("rewardAmount", "suggestions.reward.amount");
        }
    }
}
