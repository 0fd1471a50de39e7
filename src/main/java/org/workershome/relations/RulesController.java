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
import org.workershome.core.error.InvalidInput;
import org.workershome.core.form.Forms;

/** Admins edit templates (checkpoints and weights), the appeal rules and the level thresholds. */
@Controller
@RequestMapping("/relations/rules")
class RulesController {

    private final TemplateManagement templates;
    private final RiskRules rules;
    private final Access access;
    private final Forms forms;

    RulesController(TemplateManagement templates, RiskRules rules, Access access, Forms forms) {
        this.templates = templates;
        this.rules = rules;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.require(user, RelationsModule.MANAGE);
        model.addAttribute("templates", templates.all());
        model.addAttribute("rules", rules.stored());
        model.addAttribute("thresholds", rules.thresholds());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("periods", ScreeningTemplate.Period.values());
        return "relations/rules";
    }

    @PostMapping("/thresholds")
    String thresholds(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String blueFrom,
            @RequestParam(required = false) String yellowFrom, @RequestParam(required = false) String orangeFrom,
            @RequestParam(required = false) String redFrom, Model model) {
        return forms.submit(model, () -> {
            rules.setThresholds(user, new RiskScoring.Thresholds(number("thresholds", blueFrom),
                    number("thresholds", yellowFrom), number("thresholds", orangeFrom), number("thresholds", redFrom)));
            return "redirect:/relations/rules?saved";
        }, () -> page(user, model));
    }

    @PostMapping
    String addRule(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String category,
            @RequestParam(required = false) String minAppeals, @RequestParam(required = false) String windowDays,
            @RequestParam(required = false) String points, Model model) {
        return forms.submit(model, () -> {
            rules.add(user, new RiskScoring.Rule(category == null || category.isBlank() ? null : category.strip(),
                    number("minAppeals", minAppeals), number("windowDays", windowDays), number("points", points)));
            return "redirect:/relations/rules?saved";
        }, () -> page(user, model));
    }

    @PostMapping("/{id}/delete")
    String removeRule(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        rules.remove(user, id);
        return "redirect:/relations/rules?saved";
    }

    @PostMapping("/templates/{id}/checkpoints")
    String addCheckpoint(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Dimension dimension, @RequestParam(required = false) String text,
            @RequestParam(required = false) String weight, Model model) {
        return forms.submit(model, () -> {
            templates.addCheckpoint(user, id, dimension, text, number("weight", weight));
            return "redirect:/relations/rules?saved";
        }, () -> page(user, model));
    }

    @PostMapping("/templates/{id}/checkpoints/{checkpointId}")
    String editCheckpoint(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long checkpointId, @RequestParam(required = false) Dimension dimension,
            @RequestParam(required = false) String text, @RequestParam(required = false) String weight, Model model) {
        return forms.submit(model, () -> {
            templates.editCheckpoint(user, id, checkpointId, dimension, text, number("weight", weight));
            return "redirect:/relations/rules?saved";
        }, () -> page(user, model));
    }

    @PostMapping("/templates/{id}/checkpoints/{checkpointId}/delete")
    String removeCheckpoint(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long checkpointId) {
        templates.removeCheckpoint(user, id, checkpointId);
        return "redirect:/relations/rules?saved";
    }

    private static int number(String field, String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.field(field, "relations.number.invalid");
        }
    }
}
