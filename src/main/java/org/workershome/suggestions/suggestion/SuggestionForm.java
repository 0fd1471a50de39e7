package org.workershome.suggestions.suggestion;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The proposer's form; {@code teamMembers} names the other members of a team suggestion. */
record SuggestionForm(
        @NotBlank(message = "{suggestions.title.required}") @Size(max = 200, message = "{suggestions.title.required}") String title,
        @NotBlank(message = "{suggestions.problem.required}") @Size(max = 4000, message = "{suggestions.problem.required}") String problem,
        @NotBlank(message = "{suggestions.proposal.required}") @Size(max = 8000, message = "{suggestions.proposal.required}") String proposal,
        @Size(max = 2000, message = "{suggestions.expectedBenefit.size}") String expectedBenefit,
        @Size(max = 500, message = "{suggestions.teamMembers.size}") String teamMembers,
        String requestToken) {

    static SuggestionForm blank() {
        return new SuggestionForm(null, null, null, null, null, UUID.randomUUID().toString());
    }

    Suggestion.Draft toDraft() {
        return new Suggestion.Draft(title.strip(), problem.strip(), proposal.strip(),
                expectedBenefit == null ? "" : expectedBenefit.strip(), teamMembers == null ? null : teamMembers.strip());
    }
}
