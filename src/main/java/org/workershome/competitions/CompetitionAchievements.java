package org.workershome.competitions;

import java.util.List;

import org.springframework.stereotype.Component;
import org.workershome.core.certificate.Certificates;
import org.workershome.core.module.Achievement;
import org.workershome.core.module.AchievementSource;
import org.workershome.core.time.Times;

/** A member's prizes: the certificates issued when a competition's results were published, not revoked. */
@Component
class CompetitionAchievements implements AchievementSource {

    private final Certificates certificates;

    CompetitionAchievements(Certificates certificates) {
        this.certificates = certificates;
    }

    @Override
    public List<Achievement> achievementsOf(long memberId) {
        return certificates.heldPublicly(memberId, CompetitionCertifier.SOURCE).stream()
                .map(c -> new Achievement("competition.achievement.prize", c.getTitle(),
                        c.getIssuedAt().atZone(Times.ZONE).toLocalDate(), null, "/certificates/" + c.getCode()))
                .toList();
    }
}
