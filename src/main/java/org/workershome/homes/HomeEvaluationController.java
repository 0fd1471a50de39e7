package org.workershome.homes;

import java.util.HashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.form.Forms;

/** The year's criteria, the evaluations of the homes in one's scope, and one evaluation with its workflow. */
@Controller
@RequestMapping("/homes")
class HomeEvaluationController {

    private final EvaluationManagement evaluations;
    private final CriteriaManagement criteria;
    private final HomeManagement homes;
    private final HomePage page;
    private final Access access;
    private final Forms forms;

    HomeEvaluationController(EvaluationManagement evaluations, CriteriaManagement criteria, HomeManagement homes,
            HomePage page, Access access, Forms forms) {
        this.page = page;
        this.evaluations = evaluations;
        this.criteria = criteria;
        this.homes = homes;
        this.access = access;
        this.forms = forms;
    }

    /** One line of the evaluations list: the evaluation, its home's name, whether the reader decides it. */
    record Row(Evaluation evaluation, String homeName, boolean decides) {}

    private int year(Integer asked) {
        int current = homes.today().getYear();
        return asked == null || asked < 2000 || asked > 2100 ? current : asked;
    }

    @GetMapping("/criteria")
    String criteria(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
            Model model) {
        access.require(user, HomesModule.MANAGE);
        int shown = year(year);
        model.addAttribute("year", shown);
        model.addAttribute("criteria", criteria.of(shown));
        model.addAttribute("mayEdit", criteria.mayEdit(user));
        model.addAttribute("weights", criteria.of(shown).stream().mapToInt(Criterion::getWeight).sum());
        return "homes/criteria";
    }

    @PostMapping("/criteria")
    String addCriterion(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String name, @RequestParam(required = false) String weight,
            @RequestParam(required = false) String maxPoints, Model model, RedirectAttributes redirect) {
        int shown = year(year);
        redirect.addAttribute("year", shown);
        return forms.step(model, redirect, () -> criteria.add(user, shown, name,
                Inputs.integer(weight, "weight", "homes.criterion.weight.invalid"),
                Inputs.integer(maxPoints, "maxPoints", "homes.criterion.maxPoints.invalid")),
                "homes.criterion.added", "/homes/criteria", () -> criteria(user, shown, model));
    }

    @PostMapping("/criteria/{id}/remove")
    String removeCriterion(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Integer year, Model model, RedirectAttributes redirect) {
        int shown = year(year);
        redirect.addAttribute("year", shown);
        return forms.step(model, redirect, () -> criteria.remove(user, id), "homes.criterion.removed",
                "/homes/criteria", () -> criteria(user, shown, model));
    }

    @GetMapping("/evaluations")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        access.require(user, HomesModule.MANAGE);
        int shown = year(year);
        Map<Long, String> names = new HashMap<>();
        homes.list().forEach(h -> names.put(h.getId(), h.getName()));
        model.addAttribute("year", shown);
        model.addAttribute("rows", evaluations.ofYear(shown).stream()
                .map(e -> new Row(e, names.get(e.getHomeId()), evaluations.decides(user, e))).toList());
        return "homes/evaluations";
    }

    @PostMapping("/{homeId}/evaluations")
    String open(@AuthenticationPrincipal CurrentUser user, @PathVariable Long homeId,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String requestToken,
            Model model) {
        return forms.submit(model, () -> "redirect:/homes/evaluations/"
                + evaluations.open(user, homeId, year(year), requestToken).getId(), () -> {
                    page.fill(user, homes.get(homeId), model);
                    return "homes/home";
                });
    }

    @GetMapping("/evaluations/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Evaluation evaluation = evaluations.get(id);
        access.require(user, HomesModule.MANAGE);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("home", homes.get(evaluation.getHomeId()));
        model.addAttribute("criteria", criteria.byId(evaluation.getYear()));
        model.addAttribute("mayScore", evaluation.isEditable()
                && access.may(user, HomesModule.MANAGE, evaluation.getOrgId()));
        model.addAttribute("decides", evaluations.decides(user, evaluation)
                && evaluation.getStatus() == Evaluation.Status.SUBMITTED);
        model.addAttribute("timeline", evaluations.timelineOf(id));
        return "homes/evaluation";
    }

    @PostMapping("/evaluations/{id}/scores")
    String score(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> {
            Map<Long, Integer> points = new HashMap<>();
            Map<Long, String> remarks = new HashMap<>();
            for (EvaluationScore s : evaluations.get(id).getScores()) {
                String key = String.valueOf(s.getCriterionId());
                points.put(s.getCriterionId(), Inputs.integer(fields.get("points" + key), "points" + key,
                        "homes.evaluation.points.range"));
                remarks.put(s.getCriterionId(), fields.get("remark" + key));
            }
            evaluations.score(user, id, points, remarks, "submit".equals(fields.get("then")));
        }, "homes.evaluation.saved", "/homes/evaluations/" + id, () -> detail(user, id, model));
    }

    @PostMapping("/evaluations/{id}/approve")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> evaluations.approve(user, id), "homes.evaluation.approved",
                "/homes/evaluations/" + id, () -> detail(user, id, model));
    }

    @PostMapping("/evaluations/{id}/return")
    String giveBack(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> evaluations.giveBack(user, id, reason), "homes.evaluation.returned",
                "/homes/evaluations/" + id, () -> detail(user, id, model));
    }
}
