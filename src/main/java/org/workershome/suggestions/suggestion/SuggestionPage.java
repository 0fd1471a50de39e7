package org.workershome.suggestions.suggestion;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.workflow.TimelineStep;

/** The model of a suggestion's page: the record, its files and timeline, and the committee's forms when allowed. */
@Component
class SuggestionPage {

    private final SuggestionManagement management;
    private final SuggestionFiles files;
    private final OrgDirectory orgs;

    SuggestionPage(SuggestionManagement management, SuggestionFiles files, OrgDirectory orgs) {
        this.management = management;
        this.files = files;
        this.orgs = orgs;
    }

    @Transactional(readOnly = true)
    void fill(CurrentUser user, Suggestion suggestion, Model model) {
        boolean committee = management.mayEvaluate(user, suggestion);
        model.addAttribute("suggestion", suggestion);
        model.addAttribute("orgName", orgs.nameOf(suggestion.getOrgId()));
        model.addAttribute("files", files.of(suggestion));
        model.addAttribute("committee", committee);
        model.addAttribute("actions", committee ? Suggestion.MACHINE.actionsFrom(suggestion.getStatus())
                : java.util.Set.of());
        model.addAttribute("mayScore", committee && suggestion.getStatus() == SuggestionStatus.SUBMITTED
                && !suggestion.isProposedBy(user.memberId())
                && suggestion.getScores().stream().noneMatch(s -> s.getAccountId().equals(user.accountId())));
        model.addAttribute("overdue", suggestion.isOverdue(management.today()));
        model.addAttribute("transferKinds", TransferKind.values());
        model.addAttribute("today", management.today());
        var timeline = management.timelineOf(suggestion).stream().map(TimelineStep::of);
        model.addAttribute("timeline", (committee ? timeline : timeline.map(TimelineStep::withoutActor)).toList());
    }
}
