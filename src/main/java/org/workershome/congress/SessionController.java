package org.workershome.congress;

import static org.workershome.congress.Steps.attempt;
import static org.workershome.congress.Steps.instant;
import static org.workershome.congress.Steps.refuse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.workershome.congress.ballot.Ballot;
import org.workershome.congress.ballot.BallotManagement;
import org.workershome.congress.ballot.Voting;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.time.Times;

/** A session's pages: the sitting (quorum, QR sign-in, attendance, ballots), the sign-in a QR code leads to. */
@Controller
@RequestMapping("/congress")
class SessionController {

    private final TermManagement terms;
    private final SessionManagement sessions;
    private final BallotManagement ballots;
    private final Voting voting;
    private final Access access;
    private final IdempotentSubmissions submissions;

    SessionController(TermManagement terms, SessionManagement sessions, BallotManagement ballots, Voting voting,
            Access access, IdempotentSubmissions submissions) {
        this.terms = terms;
        this.sessions = sessions;
        this.ballots = ballots;
        this.voting = voting;
        this.access = access;
        this.submissions = submissions;
    }

    /** A new session (次) of the term, with its motion window and agenda; on success the session page. */
    @PostMapping("/terms/{id}/sessions")
    String createSession(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String requestToken,
            @RequestParam(required = false) Integer number, @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime motionsOpenAt,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime motionsCloseAt,
            @RequestParam(required = false) String agenda, RedirectAttributes redirect) {
        try {
            if (number == null) {
                throw InvalidInput.field("number", "congress.session.number.invalid");
            }
            CongressSession session = submissions.submit(requestToken, "congress.session.create",
                    () -> sessions.createSession(user, id, number, title, instant(motionsOpenAt), instant(motionsCloseAt),
                            agenda), CongressSession::getId, sid -> Optional.of(sessions.session(Long.valueOf(sid))))
                    .value();
            redirect.addFlashAttribute("done", "congress.session.created");
            return "redirect:/congress/sessions/" + session.getId();
        } catch (BusinessException e) {
            refuse(redirect, e);
            return "redirect:/congress/terms/" + id;
        }
    }

    @PostMapping("/sessions/{id}/open")
    String openSession(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
        return attempt("/congress/sessions/" + id, redirect, () -> sessions.openSession(user, id), "congress.session.opened");
    }

    @PostMapping("/sessions/{id}/close")
    String closeSession(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
        return attempt("/congress/sessions/" + id, redirect, () -> sessions.closeSession(user, id), "congress.session.closed");
    }

    @GetMapping("/sessions/{id}")
    String session(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        CongressSession session = sessions.session(id);
        Term term = terms.term(session.getTermId());
        boolean manager = access.may(user, CongressModule.MANAGE, session.getOrgId());
        model.addAttribute("sitting", session);
        model.addAttribute("term", term);
        model.addAttribute("zone", Times.ZONE);
        model.addAttribute("quorum", sessions.quorum(session));
        model.addAttribute("manager", manager);
        model.addAttribute("representative", terms.isRepresentative(user, term.getId()));
        model.addAttribute("present", sessions.isPresent(id, user.memberId()));
        List<Ballot> list = ballots.ofSession(id);
        model.addAttribute("ballots", list);
        model.addAttribute("voted", voting.votedAmong(user, list.stream().map(Ballot::getId).toList()));
        if (manager) {
            Set<Long> presentIds = new HashSet<>();
            sessions.attendance(id).forEach(a -> presentIds.add(a.getMemberId()));
            model.addAttribute("roster", terms.roster(term.getId()));
            model.addAttribute("presentIds", presentIds);
            sessions.currentSignInToken(user, session).ifPresent(token -> {
                model.addAttribute("signInUrl", signInUrl(id, token));
                model.addAttribute("signInExpires", session.getSignInTokenExpiresAt());
            });
            Steps.newRequestToken(model);
        }
        return "congress/session";
    }

    private static String signInUrl(Long sessionId, String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/congress/sessions/{id}/sign-in")
                .queryParam("code", token).buildAndExpand(sessionId).toUriString();
    }

    @GetMapping(value = "/sessions/{id}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        CongressSession session = sessions.session(id);
        String token = sessions.currentSignInToken(user, session).orElseThrow(() -> new NotFound("signInCode", id));
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .header("Cache-Control", "no-store").body(QrSvg.of(signInUrl(id, token)));
    }

    @PostMapping("/sessions/{id}/sign-in-code")
    String renewCode(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
        return attempt("/congress/sessions/" + id, redirect, () -> sessions.renewSignInToken(user, id), null);
    }

    /** Where the QR code leads: a confirmation page (a GET changes nothing). */
    @GetMapping("/sessions/{id}/sign-in")
    String signInPage(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String code,
            Model model) {
        CongressSession session = sessions.sessionForSignIn(user, id, code);
        model.addAttribute("sitting", session);
        model.addAttribute("code", code);
        model.addAttribute("present", sessions.isPresent(id, user.memberId()));
        return "congress/sign-in";
    }

    @PostMapping("/sessions/{id}/sign-in")
    String signIn(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String code,
            RedirectAttributes redirect) {
        try {
            sessions.signInByCode(user, id, code);
            redirect.addFlashAttribute("done", "congress.signIn.done");
            return "redirect:/congress/sessions/" + id;
        } catch (BusinessException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            return "redirect:/congress/sessions/" + id + "/sign-in?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        }
    }

    @PostMapping("/sessions/{id}/attendance")
    String markPresent(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam Long memberId,
            RedirectAttributes redirect) {
        return attempt("/congress/sessions/" + id, redirect, () -> sessions.markPresent(user, id, memberId), null);
    }
}
