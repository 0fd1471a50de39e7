package org.workershome.surveys.report;

import java.util.List;
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
import org.workershome.core.form.Forms;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.org.OrgManagement;
import org.workershome.surveys.SurveyManagement;
import org.workershome.surveys.SurveysModule;
import org.workershome.surveys.contact.ContactManagement;

/** Research reports: the list, writing one, reading and publishing it. */
@Controller
@RequestMapping("/surveys/reports")
class ReportController {

    private final ReportManagement reports;
    private final SurveyManagement surveys;
    private final ContactManagement contacts;
    private final OrgManagement orgTree;
    private final OrgDirectory orgs;
    private final Access access;
    private final Forms forms;

    ReportController(ReportManagement reports, SurveyManagement surveys, ContactManagement contacts,
            OrgManagement orgTree, OrgDirectory orgs, Access access, Forms forms) {
        this.reports = reports;
        this.surveys = surveys;
        this.contacts = contacts;
        this.orgTree = orgTree;
        this.orgs = orgs;
        this.access = access;
        this.forms = forms;
    }

    record ReportForm(Long orgId, String title, String body, Long surveyId, Long visitId, String requestToken) {}

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<ResearchReport> readable = reports.readable(user);
        model.addAttribute("reports", readable);
        model.addAttribute("names", orgs.namesOf(readable.stream().map(ResearchReport::getOrgId).toList()));
        model.addAttribute("mayWrite", access.may(user, SurveysModule.REPORT));
        return "surveys/reports";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.require(user, SurveysModule.REPORT);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ReportForm(user.orgId(), null, null, null, null, UUID.randomUUID().toString()));
        }
        model.addAttribute("orgs", orgTree.tree().stream().filter(o -> o.isActive()).toList());
        model.addAttribute("surveys", surveys.inScope());
        model.addAttribute("points", contacts.points());
        model.addAttribute("visits", contacts.points().stream().flatMap(p -> contacts.visitsOf(p.getId()).stream()).toList());
        return "surveys/report-new";
    }

    @PostMapping
    String write(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ReportForm form, Model model) {
        access.require(user, SurveysModule.REPORT);
        return forms.submit(model, () -> "redirect:/surveys/reports/" + reports.write(user, new ReportManagement.Draft(
                form.orgId(), form.title(), form.body(), form.surveyId(), form.visitId()), form.requestToken()).getId(),
                () -> newForm(user, model));
    }

    @GetMapping("/{id}")
    String read(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        ResearchReport report = reports.get(user, id);
        model.addAttribute("report", report);
        model.addAttribute("orgName", orgs.nameOf(report.getOrgId()));
        boolean writer = access.may(user, SurveysModule.REPORT, report.getOrgId());
        model.addAttribute("mayPublish", writer && report.getStatus() == ResearchReport.Status.DRAFT);
        model.addAttribute("surveyTitle", writer && report.getSurveyId() != null
                ? surveys.get(report.getSurveyId()).getTitle() : null);
        model.addAttribute("visitLink", access.may(user, SurveysModule.VISIT, report.getOrgId()) ? report.getVisitId() : null);
        return "surveys/report";
    }

    @PostMapping("/{id}/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> reports.publish(user, id), "surveys.report.published",
                "/surveys/reports/" + id, () -> read(user, id, model));
    }
}
