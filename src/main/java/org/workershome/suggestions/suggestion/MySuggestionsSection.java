package org.workershome.suggestions.suggestion;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.module.MeSection;

/** "My suggestions" on /me: one's suggestions with their status and measured benefit. */
@Component
class MySuggestionsSection implements MeSection {

    private final SuggestionManagement management;

    MySuggestionsSection(SuggestionManagement management) {
        this.management = management;
    }

    @Override
    public String fragment() {
        return "suggestions/me :: mine";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> model(CurrentUser user) {
        if (user.memberId() == null) {
            return Map.of();
        }
        List<Suggestion> mine = management.mine(user);
        return Map.of("suggestions", mine);
    }

    @Override
    public int order() {
        return 55;
    }
}
