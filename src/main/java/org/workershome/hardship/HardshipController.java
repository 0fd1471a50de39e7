package org.workershome.hardship;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.form.Forms;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory;

/** Hardship pages: the list of files, the application, a file's page and its full personal data. */
@Controller
@RequestMapping("/hardship")
class HardshipController {

    /** Members a handler may choose from when he applies for one. */
    private static final int MAX_MEMBERS = 500;

    private final HardshipQueries queries;
    private final HardshipApplications applications;
    private final HardshipFileAccess fileAccess;
    private final HardshipFilePage page;
    private final HardshipDisclosures disclosures;
    private final IdempotentSubmissions submissions;
    private final MemberDirectory memberDirectory;
    private final OrgDirectory orgDirectory;
    private final Access access;
    private final Forms forms;

    HardshipController(HardshipQueries queries, HardshipApplications applications, HardshipFileAccess fileAccess,
            HardshipFilePage page, HardshipDisclosures disclosures, IdempotentSubmissions submissions,
            MemberDirectory memberDirectory, OrgDirectory orgDirectory, Access access, Forms forms) {
        this.forms = forms;
        this.queries = queries;
        this.applications = applications;
        this.fileAccess = fileAccess;
        this.page = page;
        this.disclosures = disclosures;
        this.submissions = submissions;
        this.memberDirectory = memberDirectory;
        this.orgDirectory = orgDirectory;
        this.access = access;
    }

    /** A handler of his own org: he sees the files in his scope, the others their own. */
    private boolean isHandler(CurrentUser user) {
        return access.may(user, HardshipModule.HANDLE, user.orgId());
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) HardshipStatus status,
            @RequestParam(required = false) String query, Model model) {
        boolean handler = isHandler(user);
        List<HardshipFile> list;
        if (!handler) {
            list = queries.filesOf(user.memberId());
        } else if ("never-assisted".equals(query)) {
            list = queries.neverAssisted();
        } else if ("review-due".equals(query)) {
            list = queries.dueForReview();
        } else {
            list = queries.list(status, 200);
        }
        model.addAttribute("handler", handler);
        model.addAttribute("files", list);
        model.addAttribute("names", queries.memberNames(list));
        model.addAttribute("orgNames", orgDirectory);
        model.addAttribute("status", status);
        model.addAttribute("query", query);
        model.addAttribute("statuses", HardshipStatus.values());
        return "hardship/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", ApplicationForm.blank());
        fillForm(user, model);
        return "hardship/new";
    }

    private void fillForm(CurrentUser user, Model model) {
        boolean handler = isHandler(user);
        model.addAttribute("handler", handler);
        if (handler) {
            Map<Long, String> members = new LinkedHashMap<>();
            memberDirectory.activeInSubtree(user.orgId()).stream().limit(MAX_MEMBERS)
                    .forEach(m -> members.put(m.id(), m.name()));
            model.addAttribute("members", members);
        }
        model.addAttribute("causes", HardshipCause.values());
        model.addAttribute("grades", HardshipGrade.values());
        model.addAttribute("rows", List.of(0, 1, 2, 3));
    }

    @PostMapping
    String apply(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ApplicationForm form,
            BindingResult binding, Model model) {
        return forms.submit(binding, model, () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            HardshipApplications.Application application = form.toApplication(errors);
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            HardshipFile file = submissions.submit(form.requestToken(), "hardship.apply",
                    () -> applications.apply(user, application), HardshipFile::getId,
                    id -> Optional.of(fileAccess.get(Long.valueOf(id)))).value();
            return "redirect:/hardship/files/" + file.getId() + "?applied";
        }, () -> {
            fillForm(user, model);
            return "hardship/new";
        });
    }

    @GetMapping("/files/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        return page.fill(user, id, model);
    }

    @GetMapping("/files/{id}/personal-data")
    String personalData(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        model.addAttribute("data", disclosures.revealPersonalData(user, id));
        model.addAttribute("fileId", id);
        return "hardship/personal";
    }
}
