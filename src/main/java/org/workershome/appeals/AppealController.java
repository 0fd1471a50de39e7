package org.workershome.appeals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgManagement;
import org.workershome.core.form.Forms;

/** Appeal pages: the form, an appeal with its steps, the cadre's record of a call or visit; public tracking. */
@Controller
@RequestMapping("/appeals")
class AppealController {

    private final AppealManagement management;
    private final AppealSubmission submission;
    private final IdempotentSubmissions submissions;
    private final OrgManagement orgManagement;
    private final Access access;
    private final AppealAttachmentManagement attachments;
    private final AppealDetailPage detailPage;
    private final Forms forms;

    AppealController(AppealManagement management, AppealSubmission submission, IdempotentSubmissions submissions,
            OrgManagement orgManagement, Access access, AppealAttachmentManagement attachments,
            AppealDetailPage detailPage, Forms forms) {
        this.management = management;
        this.submission = submission;
        this.submissions = submissions;
        this.orgManagement = orgManagement;
        this.access = access;
        this.attachments = attachments;
        this.detailPage = detailPage;
        this.forms = forms;
    }

    /**
     * The form of a new appeal; {@code requestToken} makes a resubmission over a bad network harmless.
     * Booleans are boxed: an unticked checkbox sends nothing.
     */
    record AppealForm(String category, String title, String content, Boolean anonymous, Boolean confidential,
            String contactPhone, String contactName, AppealChannel channel, Long orgId, String requestToken) {

        static AppealForm blank() {
            return new AppealForm(null, null, null, false, false, null, null, null, null, UUID.randomUUID().toString());
        }

        boolean isAnonymous() {
            return Boolean.TRUE.equals(anonymous);
        }

        boolean isConfidential() {
            return Boolean.TRUE.equals(confidential);
        }
    }

    record ActionForm(AppealAction action, String note, Long toOrgId, Integer rating) {}

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", AppealForm.blank());
        model.addAttribute("categories", management.categories());
        return "appeals/new";
    }

    @PostMapping
    String submit(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") AppealForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) {
        return forms.submit(model, () -> {
            var draft = new AppealSubmission.AppealDraft(form.category(), form.title(), form.content(), form.isAnonymous(),
                    form.isConfidential(), AppealChannel.WEB, null, null, form.contactPhone());
            var uploads = attachments.check(files);
            Appeal appeal = submissions.submit(form.requestToken(), "appeal.submit", () -> {
                Appeal created = submission.submit(user, draft).appeal();
                attachments.attach(user, created, uploads);
                return created;
            }, Appeal::getTrackingNo, no -> Optional.of(management.get(no))).value();
            return "redirect:/appeals/" + appeal.getTrackingNo() + "?submitted";
        }, () -> {
            model.addAttribute("categories", management.categories());
            return "appeals/new";
        });
    }

    @GetMapping("/record")
    String recordForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.require(user, AppealsModule.HANDLE);
        model.addAttribute("form", AppealForm.blank());
        model.addAttribute("categories", management.categories());
        model.addAttribute("orgs", orgManagement.tree());
        return "appeals/record";
    }

    @PostMapping("/record")
    String record(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") AppealForm form, Model model) {
        access.require(user, AppealsModule.HANDLE); // before the form is read: 403, not its errors
        return forms.submit(model, () -> {
            var draft = new AppealSubmission.AppealDraft(form.category(), form.title(), form.content(), form.isAnonymous(),
                    form.isConfidential(), form.channel(), form.orgId(), form.contactName(), form.contactPhone());
            Appeal appeal = submissions.submit(form.requestToken(), "appeal.record", () -> submission.record(user, draft),
                    Appeal::getTrackingNo, no -> Optional.of(management.get(no))).value();
            return "redirect:/appeals/" + appeal.getTrackingNo() + "?submitted";
        }, () -> {
            model.addAttribute("categories", management.categories());
            model.addAttribute("orgs", orgManagement.tree());
            return "appeals/record";
        });
    }

    @GetMapping("/{trackingNo:SQ[0-9-]+}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable String trackingNo, Model model) {
        return detailPage.show(user, management.get(trackingNo), model);
    }

    @PostMapping("/{trackingNo:SQ[0-9-]+}/actions")
    String act(@AuthenticationPrincipal CurrentUser user, @PathVariable String trackingNo,
            @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect, Locale locale) {
        return forms.submit(model, () -> {
            management.act(user, trackingNo,
                    new AppealManagement.ActionRequest(form.action(), form.note(), form.toOrgId(), form.rating()));
            return "redirect:/appeals/" + trackingNo + "?done=" + form.action();
        }, () -> {
            model.addAttribute("failedAction", form.action());
            return detailPage.show(user, management.get(trackingNo), model);
        });
    }
}
