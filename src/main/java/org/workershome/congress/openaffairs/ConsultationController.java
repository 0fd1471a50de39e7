package org.workershome.congress.openaffairs;

import java.io.IOException;
import java.util.ArrayList;
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

/** Consultations (征求意见): the draft paragraph by paragraph with comments and replies, and the Excel summary. */
@Controller
@RequestMapping("/congress")
class ConsultationController {

    private final ConsultationManagement consultations;
    private final Access access;
    private final IdempotentSubmissions submissions;
    private final MessageSource messages;
    private final Forms forms;

    ConsultationController(ConsultationManagement consultations, Access access, IdempotentSubmissions submissions,
            MessageSource messages, Forms forms) {
        this.forms = forms;
        this.consultations = consultations;
        this.access = access;
        this.submissions = submissions;
        this.messages = messages;
    }

    @GetMapping("/consultations/{id}")
    String consultation(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Consultation consultation = consultations.consultation(id);
        Map<Long, List<ConsultationComment>> byParagraph = new HashMap<>();
        consultations.comments(id).forEach(c -> byParagraph.computeIfAbsent(c.getParagraphId(),
                k -> new ArrayList<>()).add(c));
        model.addAttribute("consultation", consultation);
        List<ConsultationParagraph> paragraphs = consultations.paragraphs(id);
        Map<Long, String> tokens = new HashMap<>();
        paragraphs.forEach(p -> tokens.put(p.getId(), PageForms.token()));
        model.addAttribute("paragraphs", paragraphs);
        model.addAttribute("commentTokens", tokens);
        model.addAttribute("comments", byParagraph);
        model.addAttribute("manager", access.may(user, CongressModule.MANAGE, consultation.getOrgId()));
        model.addAttribute("worker", user.memberId() != null);
        return "congress/consultation";
    }

    @PostMapping("/consultations/{id}/comments")
    String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String requestToken, @RequestParam Long paragraphId,
            @RequestParam(required = false) String body, Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, () -> submissions.submit(requestToken, "congress.comment.create",
                () -> consultations.comment(user, id, paragraphId, body), ConsultationComment::getId,
                cid -> Optional.of(consultations.comment(Long.valueOf(cid)))), "congress.comment.sent");
    }

    @PostMapping("/consultations/{id}/comments/{commentId}/reply")
    String reply(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long commentId,
            @RequestParam(required = false) String reply, Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, () -> consultations.reply(user, commentId, reply), null);
    }

    /** A step on the consultation page: done, back to it (with a message); refused, the page again saying why. */
    private String step(CurrentUser user, Long id, Model model, RedirectAttributes redirect, Runnable act, String done) {
        return forms.step(model, redirect, act, done, "/congress/consultations/" + id,
                () -> consultation(user, id, model));
    }

    @GetMapping("/consultations/{id}/summary.xlsx")
    void summary(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, HttpServletResponse response,
            Locale locale) throws IOException {
        Consultation consultation = consultations.consultation(id);
        List<ConsultationManagement.SummaryRow> rows = consultations.summary(user, id);
        ExcelExport.of(ConsultationManagement.SummaryRow.class)
                .sheet(messages.getMessage("congress.consultation.summary", null, locale))
                .column("congress.consultation.seq", ConsultationManagement.SummaryRow::seq)
                .column("congress.consultation.paragraph", ConsultationManagement.SummaryRow::paragraph)
                .column("congress.consultation.commentCount", ConsultationManagement.SummaryRow::comments)
                .column("congress.consultation.author", ConsultationManagement.SummaryRow::author)
                .column("congress.consultation.comment", ConsultationManagement.SummaryRow::comment)
                .column("congress.consultation.reply", ConsultationManagement.SummaryRow::reply)
                .send(response, consultation.getTitle() + ".xlsx", rows, messages, locale);
    }
}
