package org.workershome.congress;

import static org.workershome.congress.Steps.attempt;
import static org.workershome.congress.Steps.refuse;

import java.io.IOException;
import java.time.LocalDate;
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
import org.workershome.congress.ballot.Ballot;
import org.workershome.congress.ballot.BallotManagement;
import org.workershome.congress.ballot.BallotStatus;
import org.workershome.congress.ballot.ResolutionManagement;
import org.workershome.congress.ballot.Voting;
import org.workershome.congress.motion.MotionManagement;
import org.workershome.congress.openaffairs.ConsultationManagement;
import org.workershome.congress.openaffairs.NoticeManagement;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.time.Times;

/** Congress pages: the overview, a term with its constituencies and roster. */
@Controller
@RequestMapping("/congress")
class CongressController {

    private final TermManagement terms;
    private final SessionManagement sessions;
    private final BallotManagement ballots;
    private final Voting voting;
    private final ResolutionManagement resolutions;
    private final MotionManagement motions;
    private final NoticeManagement notices;
    private final ConsultationManagement consultations;
    private final Access access;
    private final IdempotentSubmissions submissions;
    private final MessageSource messages;

    CongressController(TermManagement terms, SessionManagement sessions, BallotManagement ballots, Voting voting,
            ResolutionManagement resolutions, MotionManagement motions, NoticeManagement notices,
            ConsultationManagement consultations, Access access, IdempotentSubmissions submissions,
            MessageSource messages) {
        this.terms = terms;
        this.sessions = sessions;
        this.ballots = ballots;
        this.voting = voting;
        this.resolutions = resolutions;
        this.motions = motions;
        this.notices = notices;
        this.consultations = consultations;
        this.access = access;
        this.submissions = submissions;
        this.messages = messages;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<CongressSession> current = sessions.currentSessions();
        Map<Long, SessionManagement.Quorum> quorums = new HashMap<>();
        current.forEach(s -> quorums.put(s.getId(), sessions.quorum(s)));
        List<Ballot> open = ballots.withStatus(BallotStatus.OPEN);
        model.addAttribute("sessions", current);
        model.addAttribute("quorums", quorums);
        model.addAttribute("openBallots", open);
        model.addAttribute("voted", voting.votedAmong(user, open.stream().map(Ballot::getId).toList()));
        model.addAttribute("resolutions", resolutions.resolutions().stream().limit(10).toList());
        model.addAttribute("motionCount", motions.list().size());
        model.addAttribute("notices", notices.notices().stream().limit(5).toList());
        model.addAttribute("consultations", consultations.consultations());
        model.addAttribute("terms", user.orgId() == null ? List.of() : terms.termsOf(user.orgId()));
        boolean manager = user.orgId() != null && access.may(user, CongressModule.MANAGE, user.orgId());
        model.addAttribute("manager", manager);
        if (manager) {
            model.addAttribute("passRules", PassRule.values());
            model.addAttribute("today", LocalDate.now(Times.ZONE));
            Steps.newRequestToken(model);
        }
        return "congress/overview";
    }

    /** A new term (届) of the caller's org's congress, with its rules; on success the term page. */
    @PostMapping("/terms")
    String createTerm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String requestToken,
            @RequestParam(required = false) Integer number, @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) Integer quorumNumerator, @RequestParam(required = false) Integer quorumDenominator,
            @RequestParam(required = false) PassRule passRule, @RequestParam(required = false) Integer minCosigners,
            RedirectAttributes redirect) {
        try {
            if (number == null) {
                throw InvalidInput.field("number", "congress.term.number.invalid");
            }
            Term term = submissions.submit(requestToken, "congress.term.create", () -> terms.createTerm(user,
                    user.orgId(), number, name, startsOn, endsOn, quorumNumerator == null ? 2 : quorumNumerator,
                    quorumDenominator == null ? 3 : quorumDenominator, passRule, minCosigners == null ? 2 : minCosigners),
                    Term::getId, id -> Optional.of(terms.term(Long.valueOf(id)))).value();
            redirect.addFlashAttribute("done", "congress.term.created");
            return "redirect:/congress/terms/" + term.getId();
        } catch (BusinessException e) {
            refuse(redirect, e);
            return "redirect:/congress";
        }
    }

    /** The term: constituencies with their quotas, the roster, its sessions; managers add to them. */
    @GetMapping("/terms/{id}")
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
            Steps.newRequestToken(model);
            model.addAttribute("constituencyToken", Steps.token());
        }
        return "congress/term";
    }

    @PostMapping("/terms/{id}/constituencies")
    String addConstituency(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String requestToken, @RequestParam String name, @RequestParam int quota,
            RedirectAttributes redirect) {
        return attempt("/congress/terms/" + id, redirect, () -> submissions.submit(requestToken,
                "congress.constituency.create", () -> terms.addConstituency(user, id, name, quota), Constituency::getId,
                cid -> Optional.of(terms.constituency(Long.valueOf(cid)))), null);
    }

    @PostMapping("/terms/{id}/representatives")
    String addRepresentative(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam Long constituencyId, @RequestParam Long memberId, RedirectAttributes redirect) {
        return attempt("/congress/terms/" + id, redirect, () -> terms.addRepresentative(user, constituencyId, memberId),
                null);
    }

    /** Takes a representative off the roster (kept as history, with date and reason). */
    @PostMapping("/terms/{id}/representatives/{representativeId}/leave")
    String removeRepresentative(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long representativeId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return attempt("/congress/terms/" + id, redirect, () -> terms.removeRepresentative(user, representativeId, reason),
                "congress.representative.removed");
    }

    @GetMapping("/terms/{id}/roster.xlsx")
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
