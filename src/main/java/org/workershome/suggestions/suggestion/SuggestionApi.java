package org.workershome.suggestions.suggestion;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.org.OrgDirectory;

/** The suggestions contract of mobile clients: submit, read, and the committee's scoring and decisions. */
@RestController
@RequestMapping("/api/v1/suggestions")
class SuggestionApi {

    private final SuggestionManagement management;
    private final SuggestionStatistics statistics;
    private final OrgDirectory orgs;

    SuggestionApi(SuggestionManagement management, SuggestionStatistics statistics, OrgDirectory orgs) {
        this.management = management;
        this.statistics = statistics;
        this.orgs = orgs;
    }

    record SuggestionView(Long id, String title, String problem, String proposal, String expectedBenefit,
            String proposerName, String teamMembers, Long orgId, String orgName, String source, Long motionId,
            String status, BigDecimal meanScore, int scores, Long mergedIntoId, String decisionNote, String ownerName,
            LocalDate dueOn, BigDecimal moneySaved, BigDecimal hoursSaved, BigDecimal emissionsCut, String safetyGain,
            BigDecimal rewardAmount, List<TransferView> transfers, Instant submittedAt) {}

    record TransferView(String kind, String reference, String note, LocalDate transferredOn) {}

    record NewSuggestion(String title, String problem, String proposal, String expectedBenefit, String teamMembers) {}

    record ScoreBody(int innovation, int feasibility, int benefit) {}

    record DecisionBody(SuggestionAction action, String note, Long mergedIntoId) {}

    @GetMapping
    List<SuggestionView> list() {
        return management.list().stream().map(this::view).toList();
    }

    @GetMapping("/adopted")
    List<SuggestionView> adopted() {
        return management.adopted().stream().map(this::view).toList();
    }

    @GetMapping("/ranking")
    List<SuggestionStatistics.Unit> ranking() {
        return statistics.ranking();
    }

    @GetMapping("/{id}")
    SuggestionView get(@PathVariable Long id) {
        return view(management.get(id));
    }

    @PostMapping
    ResponseEntity<SuggestionView> submit(@AuthenticationPrincipal CurrentUser user, @RequestBody NewSuggestion body) {
        Suggestion s = management.submit(user, new Suggestion.Draft(body.title(), body.problem(), body.proposal(),
                body.expectedBenefit(), body.teamMembers()));
        return ResponseEntity.created(URI.create("/api/v1/suggestions/" + s.getId())).body(view(s));
    }

    @PostMapping("/{id}/scores")
    SuggestionView score(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody ScoreBody body) {
        return view(management.score(user, id, body.innovation(), body.feasibility(), body.benefit()));
    }

    @PostMapping("/{id}/decision")
    SuggestionView decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody DecisionBody body) {
        return view(management.decide(user, id, new SuggestionManagement.Decision(body.action(), body.note(),
                body.mergedIntoId())));
    }

    private SuggestionView view(Suggestion s) {
        return new SuggestionView(s.getId(), s.getTitle(), s.getProblem(), s.getProposal(), s.getExpectedBenefit(),
                s.getProposerName(), s.getTeamMembers(), s.getOrgId(), orgs.nameOf(s.getOrgId()), s.getSource().name(),
                s.getMotionId(), s.getStatus().name(), s.getMeanScore(), s.getScores().size(), s.getMergedIntoId(),
                s.getDecisionNote(), s.getOwnerName(), s.getDueOn(), s.getMoneySaved(), s.getHoursSaved(),
                s.getEmissionsCut(), s.getSafetyGain(), s.getRewardAmount(), s.getTransfers().stream()
                        .map(t -> new TransferView(t.getKind().name(), t.getReference(), t.getNote(), t.getTransferredOn()))
                        .toList(), s.getSubmittedAt());
    }
}
