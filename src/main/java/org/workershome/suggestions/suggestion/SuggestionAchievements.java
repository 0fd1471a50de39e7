package org.workershome.suggestions.suggestion;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.module.Achievement;
import org.workershome.core.module.AchievementSource;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;

/**
 * A member's adopted suggestions: public facts once adopted, so read as the system (a craftsman's page is seen by
 * people of other units; only adopted ones, only title and date, and no link: the suggestion's page is for its
 * union's workers).
 */
@Component
class SuggestionAchievements implements AchievementSource {

    private final Suggestions suggestions;

    SuggestionAchievements(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Achievement> achievementsOf(long memberId) {
        return Scopes.asSystem(() -> suggestions.findByMemberIdOrderBySubmittedAtDesc(memberId)).stream()
                .filter(s -> s.getStatus().adopted())
                .map(s -> new Achievement("suggestions.achievement.adopted", s.getTitle(),
                        (s.getDecidedAt() == null ? s.getSubmittedAt() : s.getDecidedAt()).atZone(Times.ZONE).toLocalDate(),
                        null, null))
                .toList();
    }
}
