package org.workershome.appeals;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.org.OrgManagement;
import org.workershome.core.form.Forms;
import org.workershome.core.workflow.TimelineStep;

/** Appeal pages: a worker's own appeals and form; the handlers' queue, detail and actions; public tracking. */
@Controller
@RequestMapping("/appeals")
class AppealController {

    private final AppealManagement management;
    private final AppealQueue queue;
    private final IdempotentSubmissions submissions;
    private final OrgDirectory orgDirectory;
    private final OrgManagement orgManagement;
    private final MemberDirectory members;
    private final Access access;
    private final MessageSource messages;
    private final java.time.Clock clock;
    private final AppealAttachmentManagement attachments;
    private final AppealDetailPage detailPage;
    private final Forms forms;

    AppealController(AppealManagement management, AppealQueue queue, IdempotentSubmissions submissions,
            OrgDirectory orgDirectory, OrgManagement orgManagement, MemberDirectory members, MessageSource messages,
            AppealAttachmentManagement attachments, java.time.Clock clock, Access access, AppealDetailPage detailPage,
            Forms forms) {
        this.detailPage = detailPage;
        this.forms = forms;
        this.access = access;
        this.attachments = attachments;
        this.clock = clock;
        this.messages = messages;
        this.management = management;
        this.queue = queue;
        this.submissions = submissions;
        this.orgDirectory = orgDirectory;
        this.orgManagement = orgManagement;
        this.members = members;
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

    /** A handler of appeals of the user's own org (and, by their scope, of the orgs below): the queue, not "mine". */
    private boolean isHandler(CurrentUser user) {
        return access.may(user, AppealsModule.HANDLE, user.orgId());
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") QueueParams params,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("handler", isHandler(user));
        model.addAttribute("categories", management.categories());
        model.addAttribute("categoryNames", management.categoryNames(LocaleContextHolder.getLocale()));
        model.addAttribute("now", clock.instant());
        if (isHandler(user)) {
            model.addAttribute("page", queue.page(params.toFilter(), params.page(), 20));
            model.addAttribute("orgs", orgManagement.tree());
        } else {
            model.addAttribute("page", queue.page(AppealQueue.Filter.none(), params.page(), 20));
        }
        model.addAttribute("orgNames", orgDirectory);
        return htmx != null ? "appeals/list :: rows" : "appeals/list";
    }

    record QueueParams(AppealStatus status, String category, AppealChannel channel, Long orgId, Boolean overdue,
            Boolean supervised, Integer p) {
        AppealQueue.Filter toFilter() {
            return new AppealQueue.Filter(status, category, channel, orgId, overdue, supervised, null);
        }

        int page() {
            return p == null ? 0 : p;
        }
    }

    /** The filtered queue as Excel; an anonymous appeal's worker is never in it. */
    @GetMapping("/export.xlsx")
    void export(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") QueueParams params,
            HttpServletResponse response, Locale locale) throws IOException {
        access.require(user, AppealsModule.HANDLE);
        List<Appeal> rows = queue.all(params.toFilter(), 10_000);
        Map<Long, String> names = submitterNames(rows);
        Map<String, String> categoryNames = management.categoryNames(locale);
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(org.workershome.core.time.Times.ZONE);
        ExcelExport.of(Appeal.class).sheet(text("appeal.queue.title", locale))
                .column("appeal.trackingNo", Appeal::getTrackingNo)
                .column("appeal.title", Appeal::getTitle)
                .column("appeal.category", a -> categoryNames.get(a.getCategory()))
                .column("appeal.status", a -> text("appeal.status." + a.getStatus(), locale))
                .column("appeal.channel", a -> text("appeal.channel." + a.getChannel(), locale))
                .column("appeal.org", a -> orgDirectory.nameOf(a.getOrgId()))
                .column("appeal.submitter", a -> a.isAnonymous() ? text("appeal.anonymous", locale)
                        : names.getOrDefault(a.getId(), a.getContactName()))
                .column("appeal.submittedAt", a -> time.format(a.getSubmittedAt()))
                .column("appeal.dueAt", a -> a.getDueAt() == null ? null : time.format(a.getDueAt()))
                .column("appeal.escalationLevel", Appeal::getEscalationLevel)
                .column("appeal.rating", Appeal::getRating)
                .send(response, text("appeal.export.filename", locale) + ".xlsx", rows, messages, locale);
    }

    /** Names of the members behind non-anonymous appeals; the appeals are in the caller's scope. */
    private Map<Long, String> submitterNames(List<Appeal> rows) {
        List<Long> memberIds = rows.stream().filter(a -> !a.isAnonymous() && a.getMemberId() != null)
                .map(Appeal::getMemberId).distinct().toList();
        Map<Long, String> byMember = members.namesOf(memberIds);
        Map<Long, String> byAppeal = new java.util.HashMap<>();
        rows.forEach(a -> {
            if (!a.isAnonymous() && byMember.containsKey(a.getMemberId())) {
                byAppeal.put(a.getId(), byMember.get(a.getMemberId()));
            }
        });
        return byAppeal;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

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
            var draft = new AppealManagement.AppealDraft(form.category(), form.title(), form.content(), form.isAnonymous(),
                    form.isConfidential(), AppealChannel.WEB, null, null, form.contactPhone());
            var uploads = attachments.check(files);
            Appeal appeal = submissions.submit(form.requestToken(), "appeal.submit", () -> {
                Appeal created = management.submit(user, draft).appeal();
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
        return forms.submit(model, () -> {
            var draft = new AppealManagement.AppealDraft(form.category(), form.title(), form.content(), form.isAnonymous(),
                    form.isConfidential(), form.channel(), form.orgId(), form.contactName(), form.contactPhone());
            Appeal appeal = submissions.submit(form.requestToken(), "appeal.record", () -> management.record(user, draft),
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

    @GetMapping("/track")
    String trackForm() {
        return "appeals/track";
    }

    @PostMapping("/track")
    String track(@RequestParam String trackingNo, @RequestParam String phone, Model model) {
        Optional<Appeal> appeal = management.track(trackingNo, phone);
        model.addAttribute("trackingNo", trackingNo);
        if (appeal.isEmpty()) {
            model.addAttribute("notFound", true);
            return "appeals/track";
        }
        model.addAttribute("appeal", appeal.get());
        // who did what is not for someone without an account: the public page shows the steps alone
        model.addAttribute("timeline", management.timelineOf(appeal.get()).stream()
                .map(e -> TimelineStep.of(e).withoutActor()).toList());
        return "appeals/track";
    }
}
