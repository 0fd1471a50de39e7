package org.workershome.surveys.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.form.Forms;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.org.OrgManagement;
import org.workershome.core.time.Times;
import org.workershome.surveys.FormValues;
import org.workershome.surveys.SurveysModule;

/** Contact points, their visits with follow-ups, an appeal opened on a visit, and the statistics of visits. */
@Controller
@RequestMapping("/surveys")
class ContactController {

    private final ContactManagement contacts;
    private final VisitReferrals referrals;
    private final VisitStatistics statistics;
    private final OrgManagement orgTree;
    private final OrgDirectory orgs;
    private final Access access;
    private final Forms forms;
    private final Clock clock;

    ContactController(ContactManagement contacts, VisitReferrals referrals, VisitStatistics statistics,
            OrgManagement orgTree, OrgDirectory orgs, Access access, Forms forms, Clock clock) {
        this.contacts = contacts;
        this.referrals = referrals;
        this.statistics = statistics;
        this.orgTree = orgTree;
        this.orgs = orgs;
        this.access = access;
        this.forms = forms;
        this.clock = clock;
    }

    record VisitForm(String visitedOn, String peopleMet, String problems, List<String> task, List<Long> owner,
            List<String> dueOn, String requestToken) {}

    record AppealForm(String category, String title, String content, String person, String phone) {}

    /** Numbers as text, so that a bad one is a field error. */
    record HardshipForm(Long memberId, String idNumber, String phone, String householdSize,
            String monthlyIncomePerCapita, List<String> cause, String description) {}

    @GetMapping("/contact-points")
    String points(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.require(user, SurveysModule.VISIT);
        model.addAttribute("points", contacts.points());
        model.addAttribute("names", orgNames(contacts.points().stream().map(ContactPoint::getOrgId).toList()));
        model.addAttribute("units", orgTree.tree().stream().filter(o -> o.isActive() && !o.getId().equals(user.orgId())
                && user.orgId() != null && orgs.isWithin(o.getId(), user.orgId())).toList());
        return "surveys/contact-points";
    }

    @PostMapping("/contact-points")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) String note, Model model) {
        access.require(user, SurveysModule.VISIT);
        return forms.submit(model, () -> "redirect:/surveys/contact-points/" + contacts.create(user, orgId, note).getId(),
                () -> points(user, model));
    }

    @GetMapping("/contact-points/stats")
    String stats(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.require(user, SurveysModule.VISIT);
        model.addAttribute("figures", statistics.figures());
        return "surveys/visit-stats";
    }

    @GetMapping("/contact-points/{id}")
    String point(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        access.require(user, SurveysModule.VISIT);
        ContactPoint point = contacts.point(id);
        model.addAttribute("point", point);
        model.addAttribute("orgName", orgs.nameOf(point.getOrgId()));
        model.addAttribute("visits", contacts.visitsOf(id));
        model.addAttribute("owners", contacts.owners(point.getOrgId()));
        model.addAttribute("today", LocalDate.now(clock.withZone(Times.ZONE)));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new VisitForm(null, null, null, null, null, null, UUID.randomUUID().toString()));
        }
        return "surveys/contact-point";
    }

    @PostMapping("/contact-points/{id}/visits")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @ModelAttribute("form") VisitForm form, Model model) {
        return forms.submit(model, () -> {
            List<ContactManagement.FollowUpDraft> tasks = new ArrayList<>();
            int n = form.task() == null ? 0 : form.task().size();
            for (int i = 0; i < n; i++) {
                tasks.add(new ContactManagement.FollowUpDraft(form.task().get(i),
                        form.owner() != null && form.owner().size() > i ? form.owner().get(i) : null,
                        form.dueOn() != null && form.dueOn().size() > i
                                ? FormValues.date("followUps", form.dueOn().get(i)) : null));
            }
            Visit visit = contacts.record(user, id, new ContactManagement.VisitDraft(
                    FormValues.date("visitedOn", form.visitedOn()), form.peopleMet(), form.problems(), tasks),
                    form.requestToken());
            return "redirect:/surveys/visits/" + visit.getId();
        }, () -> point(user, id, model));
    }

    @GetMapping("/visits/{id}")
    String visit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale, Model model) {
        access.require(user, SurveysModule.VISIT);
        Visit visit = contacts.visit(id);
        model.addAttribute("visit", visit);
        model.addAttribute("orgName", orgs.nameOf(visit.getOrgId()));
        model.addAttribute("followUps", contacts.followUpsOf(id));
        model.addAttribute("today", LocalDate.now(clock.withZone(Times.ZONE)));
        model.addAttribute("categories", referrals.categories(locale));
        if (!model.containsAttribute("appeal")) {
            model.addAttribute("appeal", new AppealForm(null, null, null, null, null));
        }
        model.addAttribute("causes", referrals.hardshipCauses());
        model.addAttribute("members", referrals.membersOf(visit.getOrgId()));
        if (!model.containsAttribute("hardship")) {
            model.addAttribute("hardship", new HardshipForm(null, null, null, null, null, List.of(), null));
        }
        return "surveys/visit";
    }

    @PostMapping("/visits/{id}/follow-ups/{followUpId}/done")
    String done(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long followUpId,
            Locale locale, Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> contacts.done(user, id, followUpId), "surveys.followUp.done.ok",
                "/surveys/visits/" + id, () -> visit(user, id, locale, model));
    }

    @PostMapping("/visits/{id}/appeal")
    String appeal(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @ModelAttribute("appeal") AppealForm form, Locale locale, Model model, RedirectAttributes redirect) {
        return forms.submit(model, () -> {
            if (form.person() == null || form.person().isBlank()) {
                throw InvalidInput.field("contactName", "surveys.visit.person.required");
            }
            referrals.openAppeal(user, id, form.category(), form.title(), form.content(), form.person(), form.phone());
            redirect.addFlashAttribute("done", "surveys.visit.appeal.opened");
            return "redirect:/surveys/visits/" + id;
        }, () -> visit(user, id, locale, model));
    }

    @PostMapping("/visits/{id}/hardship")
    String hardship(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @ModelAttribute("hardship") HardshipForm form, Locale locale, Model model, RedirectAttributes redirect) {
        return forms.submit(model, () -> {
            referrals.openHardshipFile(user, id, new org.workershome.hardship.VisitHardshipFiles.Found(form.memberId(),
                    form.idNumber(), form.phone(), householdSize(form.householdSize()),
                    FormValues.number("monthlyIncomePerCapita", form.monthlyIncomePerCapita()), form.cause(),
                    form.description()));
            redirect.addFlashAttribute("done", "surveys.visit.hardship.opened");
            return "redirect:/surveys/visits/" + id;
        }, () -> visit(user, id, locale, model));
    }

    private static Integer householdSize(String text) {
        java.math.BigDecimal n = FormValues.number("householdSize", text);
        return n == null ? null : n.intValue();
    }

    private java.util.Map<Long, String> orgNames(List<Long> ids) {
        return orgs.namesOf(ids);
    }
}
