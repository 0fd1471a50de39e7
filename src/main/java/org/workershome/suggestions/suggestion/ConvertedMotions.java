package org.workershome.suggestions.suggestion;

import org.springframework.stereotype.Component;
import org.workershome.congress.MotionDecided;
import org.workershome.core.module.BeforeCommit;

/** A congress motion the committee converted (转为意见建议) becomes a suggestion of the congress's org, awaiting evaluation. */
@Component
class ConvertedMotions {

    private final SuggestionManagement suggestions;

    ConvertedMotions(SuggestionManagement suggestions) {
        this.suggestions = suggestions;
    }

    @BeforeCommit
    void on(MotionDecided decided) {
        if (decided.decision() != MotionDecided.Decision.CONVERTED) {
            return;
        }
        var motion = decided.motion();
        suggestions.fromMotion(motion.id(), motion.orgId(), motion.proposerMemberId(), motion.proposerName(),
                new Suggestion.Draft(motion.title(), decided.reason(), decided.proposal(), "", null));
    }
}
