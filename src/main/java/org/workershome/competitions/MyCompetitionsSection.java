package org.workershome.competitions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.certificate.Certificates;
import org.workershome.core.module.MeSection;

/** "My competitions" on /me: one's entries, the competitions one judges, one's certificates. */
@Component
class MyCompetitionsSection implements MeSection {

    private final EntryManagement entries;
    private final JudgingManagement judging;
    private final CompetitionManagement competitions;
    private final Certificates certificates;

    MyCompetitionsSection(EntryManagement entries, JudgingManagement judging, CompetitionManagement competitions,
            Certificates certificates) {
        this.entries = entries;
        this.judging = judging;
        this.competitions = competitions;
        this.certificates = certificates;
    }

    @Override
    public String fragment() {
        return "competitions/me :: mine";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> model(CurrentUser user) {
        List<Entry> mine = entries.mine(user);
        List<Judge> judged = judging.appointments(user);
        if (mine.isEmpty() && judged.isEmpty() && user.memberId() == null) {
            return Map.of();
        }
        Map<Long, String> titles = new HashMap<>();
        mine.forEach(e -> titles.computeIfAbsent(e.getCompetitionId(), id -> competitions.get(id).getTitle()));
        judged.forEach(j -> titles.computeIfAbsent(j.getCompetitionId(), id -> competitions.get(id).getTitle()));
        return Map.of("entries", mine, "judged", judged, "titles", titles,
                "certificates", certificates.heldBy(user.memberId()));
    }

    @Override
    public int order() {
        return 50;
    }
}
