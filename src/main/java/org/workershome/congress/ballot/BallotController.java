package org.workershome.congress.ballot;

import static org.workershome.congress.PageForms.instant;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

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
import org.workershome.congress.SessionPage;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.form.Forms;
import org.workershome.core.idempotency.IdempotentSubmissions;

/** Ballot pages: prepare (on the session page), vote, open, close, the result; resolutions with their reports. */
@Controller
@RequestMapping("/congress")
class BallotController {

    private final BallotManagement ballots;
    private final Voting voting;
    private final ResolutionManagement resolutions;
    private final Access access;
    private final IdempotentSubmissions submissions;
    private final Forms forms;
    private final SessionPage sessionPage;

    BallotController(BallotManagement ballots, Voting voting, ResolutionManagement resolutions, Access access,
            IdempotentSubmissions submissions, Forms forms, SessionPage sessionPage) {
        this.forms = forms;
        this.sessionPage = sessionPage;
        this.ballots = ballots;
        this.voting = voting;
        this.resolutions = resolutions;
        this.access = access;
        this.submissions = submissions;
    }

    @PostMapping("/sessions/{id}/ballots")
    String createBallot(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String requestToken, @RequestParam String title,
            @RequestParam(required = false) String description, @RequestParam(defaultValue = "MOTION") BallotKind kind,
            @RequestParam(defaultValue = "false") boolean openVoting, @RequestParam(defaultValue = "1") int maxChoices,
            @RequestParam(required = false) String candidates,
            @RequestParam(required = false) LocalDateTime opensAt, @RequestParam(required = false) LocalDateTime closesAt,
            Model model, RedirectAttributes redirect) {
        List<String> names = candidates == null ? List.of() : List.of(candidates.split("[\\n,，、]+"));
        var draft = new BallotManagement.BallotDraft(title, description, kind, !openVoting, maxChoices, names, null,
                instant(opensAt), instant(closesAt));
        return forms.step(model, redirect, () -> submissions.submit(requestToken, "congress.ballot.create",
                () -> ballots.create(user, id, draft), Ballot::getId, bid -> Optional.of(ballots.get(Long.valueOf(bid)))),
                "congress.ballot.created", "/congress/sessions/" + id, () -> sessionPage.show(user, id, model));
    }

    @GetMapping("/ballots/{id}")
    String ballot(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Ballot ballot = ballots.get(id);
        boolean voted = voting.votedAmong(user, List.of(id)).contains(id);
        model.addAttribute("ballot", ballot);
        model.addAttribute("options", ballots.options(id));
        model.addAttribute("voted", voted);
        model.addAttribute("manager", access.may(user, CongressModule.MANAGE, ballot.getOrgId()));
        model.addAttribute("mayVote", voting.mayVote(user, ballot, voted));
        model.addAttribute("turnout", voting.turnoutSoFar(id));
        if (ballot.getStatus() == BallotStatus.CLOSED) {
            model.addAttribute("result", ballots.result(id));
            resolutions.resolutionOf(id).ifPresent(r -> model.addAttribute("resolution", r));
        }
        return "congress/ballot";
    }

    @PostMapping("/ballots/{id}/votes")
    String vote(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Choice choice, @RequestParam(required = false) List<String> candidates,
            Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, () -> voting.vote(user, id,
                new Voting.VoteRequest(choice, candidates == null ? List.of() : candidates)), "congress.vote.done");
    }

    @PostMapping("/ballots/{id}/open")
    String open(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            RedirectAttributes redirect) {
        return step(user, id, model, redirect, () -> ballots.open(user, id), "congress.ballot.opened");
    }

    @PostMapping("/ballots/{id}/close")
    String close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            RedirectAttributes redirect) {
        return step(user, id, model, redirect, () -> ballots.close(user, id), "congress.ballot.closed");
    }

    /** A step on the ballot page: done, back to it (with a message); refused, the page again saying why. */
    private String step(CurrentUser user, Long id, Model model, RedirectAttributes redirect, Runnable act, String done) {
        return forms.step(model, redirect, act, done, "/congress/ballots/" + id, () -> ballot(user, id, model));
    }

    @GetMapping("/resolutions/{id}")
    String resolution(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Resolution resolution = resolutions.resolution(id);
        boolean manager = access.may(user, CongressModule.MANAGE, resolution.getOrgId());
        model.addAttribute("resolution", resolution);
        model.addAttribute("reports", resolutions.reports(id));
        model.addAttribute("manager", manager);
        if (manager) {
            PageForms.newRequestToken(model);
        }
        return "congress/resolution";
    }

    @PostMapping("/resolutions/{id}/reports")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String requestToken, @RequestParam(required = false) String text, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> submissions.submit(requestToken, "congress.report.create",
                () -> resolutions.report(user, id, text), ResolutionReport::getId,
                rid -> Optional.of(resolutions.report(Long.valueOf(rid)))), null, "/congress/resolutions/" + id,
                () -> resolution(user, id, model));
    }
}
