package org.workershome.suggestions.studio;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.module.Achievement;
import org.workershome.core.module.AchievementSource;
import org.workershome.core.scope.Scopes;

/**
 * A member's studio membership (leading or in one): a public fact, read across scopes; without a link, as the studio's
 * page is for the workers of its union.
 */
@Component
class StudioAchievements implements AchievementSource {

    private final Studios studios;

    StudioAchievements(Studios studios) {
        this.studios = studios;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Achievement> achievementsOf(long memberId) {
        return Scopes.asSystem(() -> studios.withMember(memberId)).stream()
                .map(s -> new Achievement(s.getLeaderMemberId().equals(memberId) ? "suggestions.studio.achievement.leader"
                        : "suggestions.studio.achievement.member", s.getName(), s.getMembers().stream()
                                .filter(m -> m.getMemberId().equals(memberId)).findFirst()
                                .map(StudioParts.Member::getJoinedOn).orElse(s.getFoundedOn()),
                        s.getField(), null))
                .toList();
    }
}
