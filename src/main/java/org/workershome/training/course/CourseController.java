package org.workershome.training.course;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.form.Forms;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgDirectory;
import org.workershome.training.TrainingModule;

/** Course pages: the training home, a course's page, the organiser's form, enrolment. */
@Controller
@RequestMapping("/training")
class CourseController {

    private final CourseManagement courses;
    private final Learning learning;
    private final CoursePage page;
    private final IdempotentSubmissions submissions;
    private final OrgDirectory orgs;
    private final Access access;
    private final Forms forms;

    CourseController(CourseManagement courses, Learning learning, CoursePage page, IdempotentSubmissions submissions,
            OrgDirectory orgs, Access access, Forms forms) {
        this.courses = courses;
        this.learning = learning;
        this.page = page;
        this.submissions = submissions;
        this.orgs = orgs;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("courses", courses.list());
        model.addAttribute("mine", learning.mine(user).stream()
                .collect(Collectors.toMap(Enrolment::getCourseId, Function.identity(), (a, b) -> a)));
        model.addAttribute("orgNames", orgs);
        model.addAttribute("mayOrganise", access.may(user, TrainingModule.MANAGE, user.orgId()));
        return "training/list";
    }

    @GetMapping("/courses/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.require(user, TrainingModule.MANAGE, user.orgId());
        return form(CourseForm.blank(), model);
    }

    @PostMapping("/courses")
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") CourseForm form,
            BindingResult binding, Model model) {
        access.require(user, TrainingModule.MANAGE, user.orgId());
        return forms.submit(binding, model, () -> {
            Course created = submissions.submit(form.requestToken(), "training.course.create",
                    () -> courses.create(user, user.orgId(), form.toDraft()), Course::getId,
                    key -> Optional.of(courses.get(Long.valueOf(key)))).value();
            return "redirect:/training/courses/" + created.getId();
        }, () -> form(form, model));
    }

    @GetMapping("/courses/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        page.fill(user, courses.get(id), model);
        return "training/course";
    }

    @PostMapping("/courses/{id}/enrolment")
    String enrol(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> learning.enrol(user, id), "training.enrolled",
                "/training/courses/" + id, () -> detail(user, id, model));
    }

    @PostMapping("/courses/{id}/members")
    String enrolMembers(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam Long orgId,
            Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> learning.enrolMembers(user, id, orgId), "training.membersEnrolled",
                "/training/courses/" + id, () -> detail(user, id, model));
    }

    private String form(CourseForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("others", courses.list());
        return "training/course-form";
    }

}
