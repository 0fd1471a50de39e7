package org.workershome.training.course;

import java.util.List;

import org.springframework.stereotype.Component;
import org.workershome.core.certificate.Certificates;
import org.workershome.core.module.Achievement;
import org.workershome.core.module.AchievementSource;
import org.workershome.core.time.Times;

/** A member's courses passed: the certificates issued on completion, not revoked — public facts for career paths. */
@Component
class CourseAchievements implements AchievementSource {

    private final Certificates certificates;

    CourseAchievements(Certificates certificates) {
        this.certificates = certificates;
    }

    @Override
    public List<Achievement> achievementsOf(long memberId) {
        return certificates.heldPublicly(memberId, Learning.SOURCE).stream()
                .map(c -> new Achievement("training.achievement.course", c.getTitle(),
                        c.getIssuedAt().atZone(Times.ZONE).toLocalDate(), null, "/certificates/" + c.getCode()))
                .toList();
    }
}
