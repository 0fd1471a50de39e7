package org.workershome.congress;

import static org.workershome.congress.PageForms.instant;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.form.Forms;
import org.workershome.core.idempotency.IdempotentSubmissions;

/** A term (届) of a congress: its constituencies, roster and sessions; managers add to them on the term page. */
@Controller
@RequestMapping("/congress/terms")
class TermController {

    private final TermManagement terms;
    private final SessionManagement sessions;
    private final Access access;
    private final IdempotentSubmissions submissions;
    private final Forms forms;
    private final MessageSource messages;

    TermController(TermManagement terms, SessionManagement sessions, Access access, IdempotentSubmissions submissions,
            Forms forms, MessageSource messages) {
        this.terms = terms;
        this.sessions = sessions;
        this.access = access;
        this.submissions = submissions;
        this.forms = forms;
        this.messages = messages;
    }

    /** The term: constituencies with their quotas, the roster, its sessions; managers add to them. */
    @GetMapping("/{id}")
    String term(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Term term = terms.term(id);
        List<Representative> roster = terms.roster(id);
        Map<Long, Long> filled = new HashMap<>();
        roster.forEach(r -> filled.merge(r.getConstituencyId(), 1L, Long::sum));
        List<Representative> former = terms.formerRepresentatives(id);
        List<CongressSession> ofTerm = sessions.sessionsOf(id);
        boolean manager = access.may(user, CongressModule.MANAGE, term.getOrgId());
        model.addAttribute("term", term);
        model.addAttribute("constituencies", terms.constituencies(id));
        model.addAttribute("filled", filled);
        model.addAttribute("roster", roster);
        model.addAttribute("former", former);
        model.addAttribute("sessions", ofTerm);
        model.addAttribute("manager", manager);
        if (manager) {
            Set<Long> onRoster = new HashSet<>();
            roster.forEach(r -> onRoster.add(r.getMemberId()));
            former.forEach(r -> onRoster.add(r.getMemberId()));
            model.addAttribute("nextSession", ofTerm.stream().mapToInt(CongressSession::getNumber).max().orElse(0) + 1);
            model.addAttribute("candidates", terms.membersOf(term.getOrgId()).stream()
                    .filter(m -> !onRoster.contains(m.id())).toList());
            PageForms.newRequestToken(model);
            model.addAttribute("constituencyToken", PageForms.token());
        }
        return "congress/term";
    }

    /** A new session (次) of the term, with its motion window and agenda; on success the session page. */
    @PostMapping("/{id}/sessions")
    String createSession(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String requestToken,
            @RequestParam(required = false) Integer number, @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime motionsOpenAt,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime motionsCloseAt,
            @RequestParam(required = false) String agenda, Model model, RedirectAttributes redirect) {
        return forms.submit(model, () -> {
            if (number == null) {
                throw InvalidInput.field("number", "congress.session.number.invalid");
            }
            CongressSession session = submissions.submit(requestToken, "congress.session.create",
                    () -> sessions.createSession(user, id, number, title, instant(motionsOpenAt), instant(motionsCloseAt),
                            agenda), CongressSession::getId, sid -> Optional.of(sessions.session(Long.valueOf(sid))))
                    .value();
            redirect.addFlashAttribute("done", "congress.session.created");
            return "redirect:/congress/sessions/" + session.getId();
        }, () -> term(user, id, model));
    }

    @PostMapping("/{id}/constituencies")
    String addConstituency(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String requestToken, @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer quota, Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, () -> submissions.submit(requestToken, "congress.constituency.create",
                () -> terms.addConstituency(user, id, name, quota == null ? 0 : quota), Constituency::getId,
                cid -> Optional.of(terms.constituency(Long.valueOf(cid)))), null);
    }

    @PostMapping("/{id}/representatives")
    String addRepresentative(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam Long constituencyId, @RequestParam Long memberId, Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, () -> terms.addRepresentative(user, constituencyId, memberId), null);
    }

    /** Takes a representative off the roster (kept as history, with date and reason). */
    @PostMapping("/{id}/representatives/{representativeId}/leave")
    String removeRepresentative(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long representativeId, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        return step(user, id, model, redirect, () -> terms.removeRepresentative(user, representativeId, reason),
                "congress.representative.removed");
    }

    /** A step on the page: done, back to it (with a message); refused, the page again saying why. */
    private String step(CurrentUser user, Long id, Model model, RedirectAttributes redirect, Runnable act, String done) {
        return forms.step(model, redirect, act, done, "/congress/terms/" + id, () -> term(user, id, model));
    }

    @GetMapping("/{id}/roster.xlsx")
    void roster(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, HttpServletResponse response,
            Locale locale) throws IOException {
        Term term = terms.term(id);
        access.require(user, CongressModule.MANAGE, term.getOrgId());
        Map<Long, String> constituencies = new HashMap<>();
        terms.constituencies(id).forEach(c -> constituencies.put(c.getId(), c.getName()));
        ExcelExport.of(Representative.class).sheet(messages.getMessage("congress.roster", null, "congress.roster", locale))
                .column("congress.roster.constituency", r -> constituencies.get(r.getConstituencyId()))
                .column("congress.roster.name", Representative::getMemberName)
                .column("congress.roster.memberId", Representative::getMemberId)
                .column("congress.roster.electedOn", Representative::getElectedOn)
                .send(response, term.getName() + ".xlsx", terms.roster(id), messages, locale);
    }
}
