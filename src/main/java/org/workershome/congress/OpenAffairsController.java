package org.workershome.congress;

import static org.workershome.congress.CongressController.attempt;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.workershome.core.account.CurrentUser;
import org.workershome.core.excel.ExcelExport;

/** Open-affairs notices with read confirmations, and consultations with comments per paragraph. */
@Controller
@RequestMapping("/congress")
class OpenAffairsController {

    private final OpenAffairsManagement openAffairs;
    private final CongressManagement congress;
    private final MessageSource messages;
    private final org.workershome.core.org.OrgDirectory orgNames;

    OpenAffairsController(OpenAffairsManagement openAffairs, CongressManagement congress, MessageSource messages,
            org.workershome.core.org.OrgDirectory orgNames) {
        this.orgNames = orgNames;
        this.openAffairs = openAffairs;
        this.congress = congress;
        this.messages = messages;
    }

    @GetMapping("/notices")
    String notices(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<Notice> notices = openAffairs.notices();
        Map<Long, OpenAffairsManagement.Readership> readership = new HashMap<>();
        notices.stream().filter(n -> congress.isManager(user, n.getOrgId()))
                .forEach(n -> readership.put(n.getId(), openAffairs.readership(n)));
        model.addAttribute("notices", notices);
        model.addAttribute("readership", readership);
        model.addAttribute("read", openAffairs.readBy(user));
        model.addAttribute("mayPublish", user.hasPermission(CongressModule.MANAGE));
        return "congress/notices";
    }

    @PostMapping("/notices")
    String publish(@AuthenticationPrincipal CurrentUser user, @RequestParam NoticeCategory category,
            @RequestParam String title, @RequestParam String body, RedirectAttributes redirect) {
        return attempt("/congress/notices", redirect, () -> openAffairs.publish(user, user.orgId(), category, title, body),
                null);
    }

    /** The worker's own page: the notices of his unit, unread first. */
    @GetMapping("/notices/mine")
    String myNotices(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("notices", openAffairs.noticesForMe(user));
        model.addAttribute("read", openAffairs.readBy(user));
        return "congress/notices-mine";
    }

    /** For the cadre: who has not read the notice yet (names masked). */
    @GetMapping("/notices/{id}/unread")
    String unread(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Notice notice = openAffairs.notice(id);
        model.addAttribute("notice", notice);
        model.addAttribute("unread", openAffairs.unread(user, id));
        model.addAttribute("readership", openAffairs.readership(notice));
        model.addAttribute("orgNames", orgNames);
        return "congress/notice-unread";
    }

    @GetMapping("/notices/{id}/unread.xlsx")
    void unreadExport(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, HttpServletResponse response,
            Locale locale) throws IOException {
        Notice notice = openAffairs.notice(id);
        List<OpenAffairsManagement.Unread> rows = openAffairs.unread(user, id);
        ExcelExport.of(OpenAffairsManagement.Unread.class)
                .sheet(messages.getMessage("congress.notice.unread", null, locale))
                .column("congress.notice.unread.name", OpenAffairsManagement.Unread::maskedName)
                .column("congress.notice.unread.org", u -> orgNames.nameOf(u.orgId()))
                .send(response, notice.getTitle() + ".xlsx", rows, messages, locale);
    }

    @GetMapping("/notices/{id}")
    String notice(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Notice notice = openAffairs.notice(id);
        model.addAttribute("notice", notice);
        model.addAttribute("read", openAffairs.readBy(user).contains(id));
        model.addAttribute("worker", user.memberId() != null);
        if (congress.isManager(user, notice.getOrgId())) {
            model.addAttribute("readership", openAffairs.readership(notice));
        }
        return "congress/notice";
    }

    @PostMapping("/notices/{id}/read")
    String confirmRead(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
        return attempt("/congress/notices/" + id, redirect, () -> openAffairs.confirmRead(user, id), null);
    }

    @GetMapping("/consultations/{id}")
    String consultation(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Consultation consultation = openAffairs.consultation(id);
        Map<Long, List<ConsultationComment>> byParagraph = new HashMap<>();
        openAffairs.comments(id).forEach(c -> byParagraph.computeIfAbsent(c.getParagraphId(),
                k -> new java.util.ArrayList<>()).add(c));
        model.addAttribute("consultation", consultation);
        model.addAttribute("paragraphs", openAffairs.paragraphs(id));
        model.addAttribute("comments", byParagraph);
        model.addAttribute("manager", congress.isManager(user, consultation.getOrgId()));
        model.addAttribute("worker", user.memberId() != null);
        return "congress/consultation";
    }

    @PostMapping("/consultations/{id}/comments")
    String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam Long paragraphId,
            @RequestParam String body, RedirectAttributes redirect) {
        return attempt("/congress/consultations/" + id, redirect, () -> openAffairs.comment(user, id, paragraphId, body),
                "congress.comment.sent");
    }

    @PostMapping("/consultations/{id}/comments/{commentId}/reply")
    String reply(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long commentId,
            @RequestParam String reply, RedirectAttributes redirect) {
        return attempt("/congress/consultations/" + id, redirect, () -> openAffairs.reply(user, commentId, reply), null);
    }

    @GetMapping("/consultations/{id}/summary.xlsx")
    void summary(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, HttpServletResponse response,
            Locale locale) throws IOException {
        Consultation consultation = openAffairs.consultation(id);
        List<OpenAffairsManagement.SummaryRow> rows = openAffairs.summary(user, id);
        ExcelExport.of(OpenAffairsManagement.SummaryRow.class)
                .sheet(messages.getMessage("congress.consultation.summary", null, locale))
                .column("congress.consultation.seq", OpenAffairsManagement.SummaryRow::seq)
                .column("congress.consultation.paragraph", OpenAffairsManagement.SummaryRow::paragraph)
                .column("congress.consultation.commentCount", OpenAffairsManagement.SummaryRow::comments)
                .column("congress.consultation.author", OpenAffairsManagement.SummaryRow::author)
                .column("congress.consultation.comment", OpenAffairsManagement.SummaryRow::comment)
                .column("congress.consultation.reply", OpenAffairsManagement.SummaryRow::reply)
                .send(response, consultation.getTitle() + ".xlsx", rows, messages, locale);
    }
}
