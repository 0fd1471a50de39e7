package org.workershome.congress.ballot;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.congress.CongressModule;
import org.workershome.congress.TermManagement;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;

/** The ballots contract: list, vote, close, results. Individual votes of a secret ballot are never served. */
@RestController
@RequestMapping("/api/v1/ballots")
class BallotApi {

    private final BallotManagement ballots;
    private final Voting voting;
    private final ResolutionManagement resolutions;
    private final TermManagement terms;
    private final Access access;

    BallotApi(BallotManagement ballots, Voting voting, ResolutionManagement resolutions, TermManagement terms,
            Access access) {
        this.ballots = ballots;
        this.voting = voting;
        this.resolutions = resolutions;
        this.terms = terms;
        this.access = access;
    }

    record VoteBody(Choice choice, List<String> candidates) {}

    record OptionView(String code, String label, Integer votes, Boolean elected) {}

    record BallotView(Long id, Long sessionId, String title, String description, String kind, boolean secret,
            int maxChoices, String status, Instant opensAt, Instant closesAt, boolean mayVote, boolean voted,
            List<OptionView> options) {}

    record ResultView(Long id, String title, String status, int eligible, int present, int cast, double turnout,
            boolean quorum, boolean passed, String passRule, Map<String, Integer> counts, List<OptionView> options,
            Long resolutionId) {}

    record OpenVote(Long memberId, String choice) {}

    /** Ballots the caller can see, optionally by status; {@code mayVote} says whether the caller may vote now. */
    @GetMapping
    List<BallotView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) BallotStatus status) {
        List<Ballot> list = status != null ? ballots.withStatus(status)
                : java.util.stream.Stream.of(BallotStatus.values()).flatMap(s -> ballots.withStatus(s).stream()).toList();
        Set<Long> voted = voting.votedAmong(user, list.stream().map(Ballot::getId).toList());
        return list.stream()
                .filter(b -> status != BallotStatus.OPEN || terms.isRepresentative(user, b.getTermId())
                        || access.may(user, CongressModule.MANAGE, b.getOrgId()))
                .map(b -> view(b, user, voted.contains(b.getId()))).toList();
    }

    @GetMapping("/{id}")
    BallotView get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        Ballot ballot = ballots.get(id);
        return view(ballot, user, voting.votedAmong(user, List.of(id)).contains(id));
    }

    @PostMapping("/{id}/votes")
    ResponseEntity<Map<String, Object>> vote(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody VoteBody body) {
        voting.vote(user, id, new Voting.VoteRequest(body.choice(), body.candidates()));
        // no echo of the choice: the receipt says only that the vote was counted
        return ResponseEntity.created(URI.create("/api/v1/ballots/" + id)).body(Map.of("ballotId", id, "counted", true));
    }

    /** Only an open (not secret) ballot lists who chose what; a secret one answers 403. */
    @GetMapping("/{id}/votes")
    List<OpenVote> votes(@PathVariable Long id) {
        return voting.openVotes(id).stream().map(p -> new OpenVote(p.getMemberId(), p.getOpenChoice())).toList();
    }

    @PostMapping("/{id}/open")
    BallotView open(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return view(ballots.open(user, id), user, false);
    }

    @PostMapping("/{id}/close")
    ResultView close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return result(ballots.close(user, id));
    }

    @GetMapping("/{id}/result")
    ResultView result(@PathVariable Long id) {
        return result(ballots.result(id));
    }

    private ResultView result(BallotManagement.Result r) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        r.options().forEach(o -> counts.put(o.getCode(), o.getVotes()));
        Long resolutionId = resolutions.resolutionOf(r.ballot().getId()).map(Resolution::getId).orElse(null);
        return new ResultView(r.ballot().getId(), r.ballot().getTitle(), r.ballot().getStatus().name(), r.eligible(),
                r.present(), r.cast(), r.turnout(), r.quorum(), r.passed(), r.ballot().getPassRule().name(), counts,
                options(r.options(), true), resolutionId);
    }

    private BallotView view(Ballot b, CurrentUser user, boolean voted) {
        boolean closed = b.getStatus() == BallotStatus.CLOSED;
        boolean mayVote = voting.mayVote(user, b, voted);
        return new BallotView(b.getId(), b.getSessionId(), b.getTitle(), b.getDescription(), b.getKind().name(),
                b.isSecret(), b.getMaxChoices(), b.getStatus().name(), b.getOpensAt(), b.getClosesAt(), mayVote, voted,
                options(ballots.options(b.getId()), closed));
    }

    private static List<OptionView> options(List<BallotOption> options, boolean withResult) {
        return options.stream().map(o -> new OptionView(o.getCode(), o.getLabel(), withResult ? o.getVotes() : null,
                withResult ? o.getElected() : null)).toList();
    }
}
