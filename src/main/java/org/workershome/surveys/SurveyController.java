package org.workershome.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Role;
import org.workershome.core.form.Forms;
import org.workershome.core.org.OrgManagement;

/** Surveys: the list (open to me, and those I manage), a new survey, and building one: questions, publish, close. */
@Controller
@RequestMapping("/surveys")
class SurveyController {

    /** Roles a survey may ask. */
    static final List<Role> ASKABLE = List.of(Role.WORKER, Role.REPRESENTATIVE, Role.CADRE);

    private final SurveyManagement management;
    private final SurveyAnswering answering;
    private final OrgManagement orgs;
    private final Access access;
    private final Forms forms;
    private final Clock clock;

    SurveyController(SurveyManagement management, SurveyAnswering answering, OrgManagement orgs, Access access,
            Forms forms, Clock clock) {
        this.management = management;
        this.answering = answering;
        this.orgs = orgs;
        this.access = access;
        this.forms = forms;
        this.clock = clock;
    }

    record SurveyForm(Long orgId, String title, String description, Boolean anonymous, List<Role> roles,
            String startsOn, String deadlineOn, String requestToken) {}

    record QuestionForm(QuestionKind kind, String text, String options, String rows, Integer scaleMax,
            Boolean required, Long showIfQuestion, String showIfAnswer) {}

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("invitations", answering.openTo(user));
        boolean manages = access.may(user, SurveysModule.MANAGE);
        model.addAttribute("manages", manages);
        model.addAttribute("managed", manages ? management.inScope() : List.of());
        model.addAttribute("now", clock.instant());
        return "surveys/index";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.require(user, SurveysModule.MANAGE);
        if (!model.containsAttribute("form")) {
            LocalDate today = LocalDate.now(clock.withZone(org.workershome.core.time.Times.ZONE));
            model.addAttribute("form", new SurveyForm(user.orgId(), null, null, false, List.of(Role.WORKER),
                    today.toString(), today.plusDays(14).toString(), UUID.randomUUID().toString()));
        }
        model.addAttribute("orgs", orgs.tree().stream().filter(o -> o.isActive()).toList());
        model.addAttribute("askable", ASKABLE);
        return "surveys/new";
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") SurveyForm form, Model model) {
        access.require(user, SurveysModule.MANAGE);
        return forms.submit(model, () -> {
            Set<Role> roles = form.roles() == null || form.roles().isEmpty() ? Set.of() : EnumSet.copyOf(form.roles());
            Survey survey = management.create(user, new SurveyManagement.SurveyDraft(form.orgId(), form.title(),
                    form.description(), Boolean.TRUE.equals(form.anonymous()), roles,
                    FormValues.date("startsOn", form.startsOn()), FormValues.date("deadlineOn", form.deadlineOn())),
                    form.requestToken());
            return "redirect:/surveys/" + survey.getId();
        }, () -> newForm(user, model));
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Survey survey = management.managed(user, id);
        model.addAttribute("survey", survey);
        model.addAttribute("orgName", orgs.get(survey.getOrgId()).getName());
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("conditions", survey.getQuestions().stream().filter(q -> q.getKind().canCondition()).toList());
        model.addAttribute("now", clock.instant());
        if (!model.containsAttribute("question")) {
            model.addAttribute("question", new QuestionForm(QuestionKind.SINGLE, null, null, null, 5, true, null, null));
        }
        return "surveys/survey";
    }

    @PostMapping("/{id}/questions")
    String addQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @ModelAttribute("question") QuestionForm form, Model model) {
        return forms.submit(model, () -> {
            management.addQuestion(user, id, new QuestionDraft(form.kind(), form.text(), form.options(), form.rows(),
                    form.scaleMax(), Boolean.TRUE.equals(form.required()), form.showIfQuestion(), form.showIfAnswer()));
            return "redirect:/surveys/" + id + "#questions";
        }, () -> detail(user, id, model));
    }

    @PostMapping("/{id}/questions/{questionId}/delete")
    String removeQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long questionId, Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> management.removeQuestion(user, id, questionId), null,
                "/surveys/" + id + "#questions", () -> detail(user, id, model));
    }

    @PostMapping("/{id}/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> management.publish(user, id), "surveys.published",
                "/surveys/" + id, () -> detail(user, id, model));
    }

    @PostMapping("/{id}/close")
    String close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> management.close(user, id), "surveys.closed",
                "/surveys/" + id, () -> detail(user, id, model));
    }
}
