package org.workershome.appeals;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.org.OrgPicker;

/** The appeals list: the handlers' queue with its filters and Excel export, a worker's own appeals. */
@Controller
@RequestMapping("/appeals")
class AppealQueueController {

    private final AppealManagement management;
    private final AppealQueue queue;
    private final OrgDirectory orgDirectory;
    private final OrgPicker orgPicker;
    private final MemberDirectory members;
    private final Access access;
    private final MessageSource messages;
    private final Clock clock;

    AppealQueueController(AppealManagement management, AppealQueue queue, OrgDirectory orgDirectory,
            OrgPicker orgPicker, MemberDirectory members, Access access, MessageSource messages, Clock clock) {
        this.management = management;
        this.queue = queue;
        this.orgDirectory = orgDirectory;
        this.orgPicker = orgPicker;
        this.members = members;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

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
            model.addAttribute("orgOptions", orgPicker.around(params.orgId(), user.orgId()));
        } else {
            model.addAttribute("page", queue.page(AppealQueue.Filter.none(), params.page(), 20));
        }
        model.addAttribute("orgNames", orgDirectory);
        model.addAttribute("htmx", htmx != null);
        return htmx != null ? "appeals/list :: refresh" : "appeals/list";
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
}
