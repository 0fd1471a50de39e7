package org.workershome.congress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
import org.workershome.core.error.InvalidInput;
import org.workershome.core.form.Forms;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.time.Times;

/** The congress overview: current sessions, open ballots, resolutions, notices; managers start a term from it. */
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
    private final Forms forms;

    CongressController(TermManagement terms, SessionManagement sessions, BallotManagement ballots, Voting voting,
            ResolutionManagement resolutions, MotionManagement motions, NoticeManagement notices,
            ConsultationManagement consultations, Access access, IdempotentSubmissions submissions, Forms forms) {
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
        this.forms = forms;
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
            PageForms.newRequestToken(model);
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
            Model model, RedirectAttributes redirect) {
        return forms.submit(model, () -> {
            if (number == null) {
                throw InvalidInput.field("number", "congress.term.number.invalid");
            }
            Term term = submissions.submit(requestToken, "congress.term.create", () -> terms.createTerm(user,
                    user.orgId(), number, name, startsOn, endsOn, quorumNumerator == null ? 2 : quorumNumerator,
                    quorumDenominator == null ? 3 : quorumDenominator, passRule, minCosigners == null ? 2 : minCosigners),
                    Term::getId, id -> Optional.of(terms.term(Long.valueOf(id)))).value();
            redirect.addFlashAttribute("done", "congress.term.created");
            return "redirect:/congress/terms/" + term.getId();
        }, () -> overview(user, model));
    }
}
