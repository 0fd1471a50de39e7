package org.workershome.suggestions.studio;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.module.Achievement;
import org.workershome.core.module.AchievementSource;
import org.workershome.core.scope.Scopes;

/** A member's studio membership (leading or in one): a public fact of the registry, read across scopes. */
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
                        s.getField(), "/studios/" + s.getId()))
                .toList();
    }
}
