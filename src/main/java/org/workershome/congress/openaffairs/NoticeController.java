package org.workershome.congress.openaffairs;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.congress.CongressModule;
import org.workershome.congress.PageForms;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.form.Forms;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgDirectory;

/** Open-affairs notices (厂务公开) with read confirmations and, for managers, who has not read them yet. */
@Controller
@RequestMapping("/congress")
class NoticeController {

    private final NoticeManagement notices;
    private final Access access;
    private final IdempotentSubmissions submissions;
    private final MessageSource messages;
    private final OrgDirectory orgNames;
    private final Forms forms;

    NoticeController(NoticeManagement notices, Access access, IdempotentSubmissions submissions,
            MessageSource messages, OrgDirectory orgNames, Forms forms) {
        this.forms = forms;
        this.notices = notices;
        this.access = access;
        this.submissions = submissions;
        this.messages = messages;
        this.orgNames = orgNames;
    }

    @GetMapping("/notices")
    String notices(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<Notice> list = notices.notices();
        Map<Long, NoticeManagement.Readership> readership = new HashMap<>();
        list.stream().filter(n -> access.may(user, CongressModule.MANAGE, n.getOrgId()))
                .forEach(n -> readership.put(n.getId(), notices.readership(n)));
        boolean mayPublish = user.orgId() != null && access.may(user, CongressModule.MANAGE, user.orgId());
        model.addAttribute("notices", list);
        model.addAttribute("readership", readership);
        model.addAttribute("read", notices.readBy(user));
        model.addAttribute("mayPublish", mayPublish);
        if (mayPublish) {
            PageForms.newRequestToken(model);
        }
        return "congress/notices";
    }

    @PostMapping("/notices")
    String publish(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String requestToken,
            @RequestParam(required = false) NoticeCategory category, @RequestParam(required = false) String title,
            @RequestParam(required = false) String body, Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> submissions.submit(requestToken, "congress.notice.create",
                () -> notices.publish(user, user.orgId(), category, title, body), Notice::getId,
                id -> Optional.of(notices.notice(Long.valueOf(id)))), null, "/congress/notices",
                () -> notices(user, model));
    }

    /** The worker's own page: the notices of his unit, unread first. */
    @GetMapping("/notices/mine")
    String myNotices(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("notices", notices.noticesForMe(user));
        model.addAttribute("read", notices.readBy(user));
        return "congress/notices-mine";
    }

    /** For the cadre: who has not read the notice yet (names masked). */
    @GetMapping("/notices/{id}/unread")
    String unread(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Notice notice = notices.notice(id);
        model.addAttribute("notice", notice);
        model.addAttribute("unread", notices.unread(user, id));
        model.addAttribute("readership", notices.readership(notice));
        model.addAttribute("orgNames", orgNames);
        return "congress/notice-unread";
    }

    @GetMapping("/notices/{id}/unread.xlsx")
    void unreadExport(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, HttpServletResponse response,
            Locale locale) throws IOException {
        Notice notice = notices.notice(id);
        List<NoticeManagement.Unread> rows = notices.unread(user, id);
        ExcelExport.of(NoticeManagement.Unread.class)
                .sheet(messages.getMessage("congress.notice.unread", null, locale))
                .column("congress.notice.unread.name", NoticeManagement.Unread::maskedName)
                .column("congress.notice.unread.org", u -> orgNames.nameOf(u.orgId()))
                .send(response, notice.getTitle() + ".xlsx", rows, messages, locale);
    }

    @GetMapping("/notices/{id}")
    String notice(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Notice notice = notices.notice(id);
        model.addAttribute("notice", notice);
        model.addAttribute("read", notices.readBy(user).contains(id));
        model.addAttribute("worker", user.memberId() != null);
        if (access.may(user, CongressModule.MANAGE, notice.getOrgId())) {
            model.addAttribute("readership", notices.readership(notice));
        }
        return "congress/notice";
    }

    @PostMapping("/notices/{id}/read")
    String confirmRead(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> notices.confirmRead(user, id), null, "/congress/notices/" + id,
                () -> notice(user, id, model));
    }
}
