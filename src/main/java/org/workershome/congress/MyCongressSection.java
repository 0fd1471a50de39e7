package org.workershome.congress;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.module.MeSection;

/** On /me: the ballots a representative may vote on now, and the latest notices of the worker's unit. */
@Component
class MyCongressSection implements MeSection {

    private final BallotManagement ballots;
    private final CongressManagement congress;
    private final OpenAffairsManagement openAffairs;

    MyCongressSection(BallotManagement ballots, CongressManagement congress, OpenAffairsManagement openAffairs) {
        this.ballots = ballots;
        this.congress = congress;
        this.openAffairs = openAffairs;
    }

    @Override
    public String fragment() {
        return "congress/me :: mine";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> model(CurrentUser user) {
        if (user.memberId() == null) {
            return Map.of();
        }
        List<Ballot> open = ballots.withStatus(BallotStatus.OPEN).stream()
                .filter(b -> congress.isPresent(b.getSessionId(), user.memberId())).toList();
        var voted = ballots.votedAmong(user, open.stream().map(Ballot::getId).toList());
        var unread = openAffairs.readBy(user);
        return Map.of("ballots", open.stream().filter(b -> !voted.contains(b.getId())).toList(),
                "notices", openAffairs.notices().stream().filter(n -> !unread.contains(n.getId())).limit(3).toList());
    }

    @Override
    public int order() {
        return 20;
    }
}
