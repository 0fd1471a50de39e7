package org.workershome.suggestions.craftsman;

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

/** Steps on a craftsman's page: endorse, the panel's review, objections, the award, re-evaluation, incentives. */
@Controller
@RequestMapping("/craftsmen/{id}")
class CraftsmanSteps {

    private final CraftsmanManagement management;
    private final PublicNotice notice;
    private final TalentPool pool;
    private final CraftsmanPage page;
    private final Forms forms;

    CraftsmanSteps(CraftsmanManagement management, PublicNotice notice, TalentPool pool, CraftsmanPage page,
            Forms forms) {
        this.management = management;
        this.notice = notice;
        this.pool = pool;
        this.page = page;
        this.forms = forms;
    }

    @PostMapping("/endorse")
    String endorse(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model, RedirectAttributes r) {
        return step(user, id, model, r, "suggestions.craftsman.done.endorsed", () -> management.endorse(user, id));
    }

    @PostMapping("/review")
    String review(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) CraftsmanAction action, @RequestParam(required = false) String note,
            Model model, RedirectAttributes r) {
        return step(user, id, model, r, "suggestions.craftsman.done.reviewed",
                () -> management.review(user, id, action, note));
    }

    @PostMapping("/objections")
    String object(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String text, Model model, RedirectAttributes r) {
        return step(user, id, model, r, "suggestions.craftsman.done.objected", () -> notice.object(user, id, text));
    }

    @PostMapping("/objections/{objectionId}")
    String settle(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long objectionId,
            @RequestParam(required = false) CraftsmanAction action, Model model, RedirectAttributes r) {
        return step(user, id, model, r, "suggestions.craftsman.done.settled",
                () -> notice.settle(user, id, objectionId, action));
    }

    @PostMapping("/award")
    String award(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model, RedirectAttributes r) {
        return step(user, id, model, r, "suggestions.craftsman.done.awarded", () -> notice.award(user, id));
    }

    @PostMapping("/reevaluation")
    String reevaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) CraftsmanAction action, @RequestParam(required = false) String note,
            Model model, RedirectAttributes r) {
        return step(user, id, model, r, "suggestions.craftsman.done.reviewed",
                () -> management.reevaluate(user, id, action, note));
    }

    @PostMapping("/incentives")
    String grant(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) IncentiveKind kind, @RequestParam(required = false) String amount,
            @RequestParam(required = false) String note, @RequestParam(required = false) LocalDate grantedOn,
            Model model, RedirectAttributes r) {
        return step(user, id, model, r, "suggestions.craftsman.done.granted",
                () -> management.grant(user, id, incentive(kind, amount, note, grantedOn)));
    }

    static Incentive incentive(IncentiveKind kind, String amount, String note, LocalDate on) {
        BigDecimal value = null;
        if (amount != null && !amount.isBlank()) {
            try {
                value = new BigDecimal(amount.strip());
            } catch (NumberFormatException e) {
                throw InvalidInput.field("amount", "suggestions.incentive.amount");
            }
            if (value.signum() <= 0) {
                throw InvalidInput.field("amount", "suggestions.incentive.amount");
            }
        }
        if (kind == null || note == null || note.isBlank() || note.length() > 500 || on == null) {
            throw InvalidInput.field("note", "suggestions.incentive.required");
        }
        return new Incentive(kind, value, note.strip(), on);
    }

    private String step(CurrentUser user, Long id, Model model, RedirectAttributes redirect, String done, Runnable act) {
        return forms.step(model, redirect, act, done, "/craftsmen/" + id, () -> {
            page.fill(user, pool.holder(id).orElseGet(() -> management.get(id)), model);
            return "suggestions/craftsman";
        });
    }
}
