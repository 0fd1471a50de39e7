package org.workershome.congress;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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
import org.workershome.core.account.CurrentUser;
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.InvalidInput;

/** Congress pages: overview, session (quorum, QR sign-in, attendance, ballots), ballot (vote, result), resolution. */
@Controller
@RequestMapping("/congress")
class CongressController {

    private final CongressManagement congress;
    private final BallotManagement ballots;
    private final MotionManagement motions;
    private final OpenAffairsManagement openAffairs;
    private final MessageSource messages;

    CongressController(CongressManagement congress, BallotManagement ballots, MotionManagement motions,
            OpenAffairsManagement openAffairs, MessageSource messages) {
        this.congress = congress;
        this.ballots = ballots;
        this.motions = motions;
        this.openAffairs = openAffairs;
        this.messages = messages;
    }

    /** Runs a step and redirects; a refusal comes back as a flash message on the same page. */
    static String attempt(String target, RedirectAttributes redirect, Runnable step, String done) {
        try {
            step.run();
            if (done != null) {
                redirect.addFlashAttribute("done", done);
            }
        } catch (BusinessException e) {
            refuse(redirect, e);
        }
        return "redirect:" + target;
    }

    /** The refusal as a flash message; for invalid input the message of each field too. */
    static void refuse(RedirectAttributes redirect, BusinessException e) {
        redirect.addFlashAttribute("refused", e.messageKey());
        redirect.addFlashAttribute("refusedArgs", e.args());
        if (e instanceof InvalidInput invalid) {
            redirect.addFlashAttribute("refusedFields", List.copyOf(invalid.fieldErrors().values()));
        }
    }

    @GetMapping
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<CongressSession> sessions = congress.currentSessions();
        Map<Long, CongressManagement.Quorum> quorums = new HashMap<>();
        sessions.forEach(s -> quorums.put(s.getId(), congress.quorum(s)));
        List<Ballot> open = ballots.withStatus(BallotStatus.OPEN);
        model.addAttribute("sessions", sessions);
        model.addAttribute("quorums", quorums);
        model.addAttribute("openBallots", open);
        model.addAttribute("voted", ballots.votedAmong(user, open.stream().map(Ballot::getId).toList()));
        model.addAttribute("resolutions", ballots.resolutions().stream().limit(10).toList());
        model.addAttribute("motionCount", motions.list().size());
        model.addAttribute("notices", openAffairs.notices().stream().limit(5).toList());
        model.addAttribute("consultations", openAffairs.consultations());
        model.addAttribute("terms", user.orgId() == null ? List.of() : congress.termsOf(user.orgId()));
        boolean manager = user.orgId() != null && congress.isManager(user, user.orgId());
        model.addAttribute("manager", manager);
        if (manager) {
            model.addAttribute("passRules", PassRule.values());
            model.addAttribute("today", java.time.LocalDate.now(Times.ZONE));
        }
        return "congress/overview";
    }

    /** A new term (届) of the caller's org's congress, with its rules; on success the term page. */
    @PostMapping("/terms")
    String createTerm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer number,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) Integer quorumNumerator, @RequestParam(required = false) Integer quorumDenominator,
            @RequestParam(required = false) PassRule passRule, @RequestParam(required = false) Integer minCosigners,
            RedirectAttributes redirect) {
        try {
            if (number == null) {
                throw InvalidInput.field("number", "congress.term.number.invalid");
            }
            Term term = congress.createTerm(user, user.orgId(), number, name, startsOn, endsOn,
                    quorumNumerator == null ? 2 : quorumNumerator, quorumDenominator == null ? 3 : quorumDenominator,
                    passRule, minCosigners == null ? 2 : minCosigners);
            redirect.addFlashAttribute("done", "congress.term.created");
            return "redirect:/congress/terms/" + term.getId();
        } catch (BusinessException e) {
            refuse(redirect, e);
            return "redirect:/congress";
        }
    }

    /** A new session (次) of the term, with its motion window and agenda; on success the session page. */
    @PostMapping("/terms/{id}/sessions")
    String createSession(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Integer number, @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime motionsOpenAt,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime motionsCloseAt,
            @RequestParam(required = false) String agenda, RedirectAttributes redirect) {
        try {
            if (number == null) {
                throw InvalidInput.field("number", "congress.session.number.invalid");
            }
            CongressSession session = congress.createSession(user, id, number, title, instant(motionsOpenAt),
                    instant(motionsCloseAt), agenda);
            redirect.addFlashAttribute("done", "congress.session.created");
            return "redirect:/congress/sessions/" + session.getId();
        } catch (BusinessException e) {
            refuse(redirect, e);
            return "redirect:/congress/terms/" + id;
        }
    }

    @PostMapping("/sessions/{id}/open")
    String openSession(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
        return attempt("/congress/sessions/" + id, redirect, () -> congress.openSession(user, id), "congress.session.opened");
    }

    @PostMapping("/sessions/{id}/close")
    String closeSession(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
        return attempt("/congress/sessions/" + id, redirect, () -> congress.closeSession(user, id), "congress.session.closed");
    }

    // ---------------------------------------------------------------- session

    @GetMapping("/sessions/{id}")
    String session(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        CongressSession session = congress.session(id);
        Term term = Scopes.asSystem(() -> congress.term(session.getTermId()));
        boolean manager = congress.isManager(user, session.getOrgId());
        model.addAttribute("sitting", session);
        model.addAttribute("term", term);
        model.addAttribute("zone", Times.ZONE);
        model.addAttribute("quorum", congress.quorum(session));
        model.addAttribute("manager", manager);
        model.addAttribute("representative", congress.isRepresentative(user, term.getId()));
        model.addAttribute("present", congress.isPresent(id, user.memberId()));
        List<Ballot> list = ballots.ofSession(id);
        model.addAttribute("ballots", list);
        model.addAttribute("voted", ballots.votedAmong(user, list.stream().map(Ballot::getId).toList()));
        if (manager) {
            Set<Long> presentIds = new java.util.HashSet<>();
            congress.attendance(id).forEach(a -> presentIds.add(a.getMemberId()));
            model.addAttribute("roster", congress.roster(term.getId()));
            model.addAttribute("presentIds", presentIds);
            congress.currentSignInToken(user, session).ifPresent(token -> {
                model.addAttribute("signInUrl", signInUrl(id, token));
                model.addAttribute("signInExpires", session.getSignInTokenExpiresAt());
            });
        }
        return "congress/session";
    }

    private static String signInUrl(Long sessionId, String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/congress/sessions/{id}/sign-in")
                .queryParam("code", token).buildAndExpand(sessionId).toUriString();
    }

    @GetMapping(value = "/sessions/{id}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        CongressSession session = congress.session(id);
        String token = congress.currentSignInToken(user, session)
                .orElseThrow(() -> new org.workershome.core.error.NotFound("signInCode", id));
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .header("Cache-Control", "no-store").body(QrSvg.of(signInUrl(id, token)));
    }

    @PostMapping("/sessions/{id}/sign-in-code")
    String renewCode(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
        return attempt("/congress/sessions/" + id, redirect, () -> congress.renewSignInToken(user, id), null);
    }

    /** Where the QR code leads: a confirmation page (a GET changes nothing). */
    @GetMapping("/sessions/{id}/sign-in")
    String signInPage(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String code,
            Model model) {
        CongressSession session = congress.sessionForSignIn(user, id, code);
        model.addAttribute("sitting", session);
        model.addAttribute("code", code);
        model.addAttribute("present", congress.isPresent(id, user.memberId()));
        return "congress/sign-in";
    }

    @PostMapping("/sessions/{id}/sign-in")
    String signIn(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String code,
            RedirectAttributes redirect) {
        try {
            congress.signInByCode(user, id, code);
            redirect.addFlashAttribute("done", "congress.signIn.done");
            return "redirect:/congress/sessions/" + id;
        } catch (BusinessException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            return "redirect:/congress/sessions/" + id + "/sign-in?code=" + java.net.URLEncoder.encode(code,
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @PostMapping("/sessions/{id}/attendance")
    String markPresent(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam Long memberId,
            RedirectAttributes redirect) {
        return attempt("/congress/sessions/" + id, redirect, () -> congress.markPresent(user, id, memberId), null);
    }

    @PostMapping("/sessions/{id}/ballots")
    String createBallot(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String title,
            @RequestParam(required = false) String description, @RequestParam(defaultValue = "MOTION") BallotKind kind,
            @RequestParam(defaultValue = "false") boolean openVoting, @RequestParam(defaultValue = "1") int maxChoices,
            @RequestParam(required = false) String candidates,
            @RequestParam(required = false) LocalDateTime opensAt, @RequestParam(required = false) LocalDateTime closesAt,
            RedirectAttributes redirect) {
        List<String> names = candidates == null ? List.of() : List.of(candidates.split("[\\n,，、]+"));
        return attempt("/congress/sessions/" + id, redirect, () -> ballots.create(user, id,
                new BallotManagement.BallotDraft(title, description, kind, !openVoting, maxChoices, names, null,
                        instant(opensAt), instant(closesAt))), "congress.ballot.created");
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(Times.ZONE).toInstant();
    }

    /** The term: constituencies with their quotas, the roster, its sessions; managers add to them. */
    @GetMapping("/terms/{id}")
    String term(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Term term = congress.term(id);
        List<Constituency> constituencies = congress.constituencies(id);
        List<Representative> roster = congress.roster(id);
        Map<Long, Long> filled = new HashMap<>();
        roster.forEach(r -> filled.merge(r.getConstituencyId(), 1L, Long::sum));
        boolean manager = congress.isManager(user, term.getOrgId());
        model.addAttribute("term", term);
        model.addAttribute("constituencies", constituencies);
        model.addAttribute("filled", filled);
        model.addAttribute("roster", roster);
        List<Representative> former = congress.formerRepresentatives(id);
        model.addAttribute("former", former);
        model.addAttribute("sessions", congress.sessionsOf(id));
        model.addAttribute("manager", manager);
        if (manager) {
            Set<Long> onRoster = new java.util.HashSet<>();
            roster.forEach(r -> onRoster.add(r.getMemberId()));
            former.forEach(r -> onRoster.add(r.getMemberId()));
            model.addAttribute("nextSession", congress.sessionsOf(id).stream().mapToInt(CongressSession::getNumber).max()
                    .orElse(0) + 1);
            model.addAttribute("candidates", congress.membersOf(term.getOrgId()).stream()
                    .filter(m -> !onRoster.contains(m.getId())).toList());
        }
        return "congress/term";
    }

    @PostMapping("/terms/{id}/constituencies")
    String addConstituency(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String name,
            @RequestParam int quota, RedirectAttributes redirect) {
        return attempt("/congress/terms/" + id, redirect, () -> congress.addConstituency(user, id, name, quota), null);
    }

    @PostMapping("/terms/{id}/representatives")
    String addRepresentative(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam Long constituencyId, @RequestParam Long memberId, RedirectAttributes redirect) {
        return attempt("/congress/terms/" + id, redirect, () -> congress.addRepresentative(user, constituencyId, memberId),
                null);
    }

    /** Takes a representative off the roster (kept as history, with date and reason). */
    @PostMapping("/terms/{id}/representatives/{representativeId}/leave")
    String removeRepresentative(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long representativeId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return attempt("/congress/terms/" + id, redirect, () -> congress.removeRepresentative(user, representativeId, reason),
                "congress.representative.removed");
    }

    @GetMapping("/terms/{id}/roster.xlsx")
    void roster(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, HttpServletResponse response,
            Locale locale) throws IOException {
        Term term = congress.term(id);
        congress.requireManager(user, term.getOrgId());
        Map<Long, String> constituencies = new HashMap<>();
        congress.constituencies(id).forEach(c -> constituencies.put(c.getId(), c.getName()));
        ExcelExport.of(Representative.class).sheet(text("congress.roster", locale))
                .column("congress.roster.constituency", r -> constituencies.get(r.getConstituencyId()))
                .column("congress.roster.name", Representative::getMemberName)
                .column("congress.roster.memberId", Representative::getMemberId)
                .column("congress.roster.electedOn", Representative::getElectedOn)
                .send(response, term.getName() + ".xlsx", congress.roster(id), messages, locale);
    }

    // ---------------------------------------------------------------- suggestions

    /** Suggestions (意见建议) converted from motions: their own list. */
    @GetMapping("/suggestions")
    String suggestions(Model model) {
        model.addAttribute("suggestions", motions.suggestions());
        return "congress/suggestions";
    }

    // ---------------------------------------------------------------- ballot

    @GetMapping("/ballots/{id}")
    String ballot(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Ballot ballot = ballots.get(id);
        boolean voted = ballots.votedAmong(user, List.of(id)).contains(id);
        model.addAttribute("ballot", ballot);
        model.addAttribute("options", ballots.options(id));
        model.addAttribute("voted", voted);
        model.addAttribute("manager", congress.isManager(user, ballot.getOrgId()));
        model.addAttribute("mayVote", !voted && ballot.acceptsVotesNow()
                && congress.isRepresentative(user, ballot.getTermId()) && congress.isPresent(ballot.getSessionId(), user.memberId()));
        model.addAttribute("turnout", ballots.turnoutSoFar(id));
        if (ballot.getStatus() == BallotStatus.CLOSED) {
            model.addAttribute("result", ballots.result(id));
            ballots.resolutionOf(id).ifPresent(r -> model.addAttribute("resolution", r));
        }
        return "congress/ballot";
    }

    @PostMapping("/ballots/{id}/votes")
    String vote(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Choice choice, @RequestParam(required = false) List<String> candidates,
            RedirectAttributes redirect) {
        return attempt("/congress/ballots/" + id, redirect, () -> ballots.vote(user, id,
                new BallotManagement.VoteRequest(choice, candidates == null ? List.of() : candidates)), "congress.vote.done");
    }

    @PostMapping("/ballots/{id}/open")
    String open(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
        return attempt("/congress/ballots/" + id, redirect, () -> ballots.open(user, id), "congress.ballot.opened");
    }

    @PostMapping("/ballots/{id}/close")
    String close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
        return attempt("/congress/ballots/" + id, redirect, () -> ballots.close(user, id), "congress.ballot.closed");
    }

    // ---------------------------------------------------------------- resolutions

    @GetMapping("/resolutions/{id}")
    String resolution(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Resolution resolution = ballots.resolution(id);
        model.addAttribute("resolution", resolution);
        model.addAttribute("reports", ballots.reports(id));
        model.addAttribute("manager", congress.isManager(user, resolution.getOrgId()));
        return "congress/resolution";
    }

    @PostMapping("/resolutions/{id}/reports")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String text,
            RedirectAttributes redirect) {
        return attempt("/congress/resolutions/" + id, redirect, () -> ballots.report(user, id, text), null);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static List<String> lines(String s) {
        return s == null ? List.of() : new ArrayList<>(List.of(s.split("\\R")));
    }
}
