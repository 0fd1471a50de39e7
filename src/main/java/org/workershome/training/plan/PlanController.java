package org.workershome.training.plan;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.form.Forms;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgDirectory;
import org.workershome.training.TrainingModule;
import org.workershome.training.TrainingTime;
import org.workershome.training.course.CourseManagement;
import org.workershome.training.course.Enrolment;
import org.workershome.training.course.Learning;

/** Required plans: one's own, those assigned in one's scope with their completion, assigning one, its export. */
@Controller
@RequestMapping("/training/plans")
class PlanController {

    private final PlanManagement plans;
    private final CourseManagement courses;
    private final Learning learning;
    private final IdempotentSubmissions submissions;
    private final Access access;
    private final Forms forms;
    private final OrgDirectory orgs;
    private final MessageSource messages;

    PlanController(PlanManagement plans, CourseManagement courses, Learning learning,
            IdempotentSubmissions submissions, Access access, Forms forms, OrgDirectory orgs, MessageSource messages) {
        this.plans = plans;
        this.courses = courses;
        this.learning = learning;
        this.submissions = submissions;
        this.access = access;
        this.forms = forms;
        this.orgs = orgs;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        boolean organiser = access.may(user, TrainingModule.MANAGE, user.orgId());
        model.addAttribute("mine", learning.mine(user).stream().filter(e -> e.getDueOn() != null).toList());
        model.addAttribute("titles", new TitleLookup(courses));
        model.addAttribute("organiser", organiser);
        model.addAttribute("plans", organiser ? plans.list() : java.util.List.of());
        model.addAttribute("courses", organiser ? courses.list() : java.util.List.of());
        model.addAttribute("requestToken", UUID.randomUUID().toString());
        return "training/plans";
    }

    @PostMapping
    String assign(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long courseId,
            @RequestParam String title, @RequestParam(required = false) String dueOn,
            @RequestParam String requestToken, Model model) {
        return forms.submit(model, () -> {
            RequiredPlan plan = submissions.submit(requestToken, "training.plan.assign",
                    () -> plans.assign(user, user.orgId(), courseId, title, date(dueOn)), RequiredPlan::getId,
                    key -> Optional.of(plans.get(Long.valueOf(key)).plan())).value();
            return "redirect:/training/plans/" + plan.getId();
        }, () -> list(user, model));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        model.addAttribute("progress", plans.get(id));
        model.addAttribute("orgNames", orgs);
        return "training/plan";
    }

    @GetMapping("/{id}.xlsx")
    void export(@PathVariable Long id, HttpServletResponse response) throws IOException {
        PlanManagement.Progress progress = plans.get(id);
        TrainingTime time = new TrainingTime();
        ExcelExport.of(Enrolment.class).sheet(progress.plan().getTitle())
                .column("training.learner", Enrolment::getLearnerName)
                .column("training.plan.org", e -> orgs.nameOf(e.getOrgId()))
                .column("training.progress", Enrolment::getDoneCount)
                .column("training.completedAt", e -> time.at(e.getCompletedAt()))
                .column("training.plan.dueOn", e -> String.valueOf(e.getDueOn()))
                .send(response, "plan-" + id + ".xlsx", progress.learners(), messages, LocaleContextHolder.getLocale());
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Course titles for the template, by id. */
    record TitleLookup(CourseManagement courses) {
        public String of(Long courseId) {
            return courses.visible(courseId).map(c -> c.getTitle()).orElse("");
        }
    }
}
