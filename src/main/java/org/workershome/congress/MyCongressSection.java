package org.workershome.congress;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.congress.ballot.Ballot;
import org.workershome.congress.ballot.BallotManagement;
import org.workershome.congress.ballot.BallotStatus;
import org.workershome.congress.ballot.Voting;
import org.workershome.congress.openaffairs.NoticeManagement;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.module.MeSection;

/** On /me: the ballots a representative may vote on now, and the latest notices of the worker's unit. */
@Component
class MyCongressSection implements MeSection {

    private final BallotManagement ballots;
    private final Voting voting;
    private final SessionManagement sessions;
    private final NoticeManagement notices;

    MyCongressSection(BallotManagement ballots, Voting voting, SessionManagement sessions, NoticeManagement notices) {
        this.ballots = ballots;
        this.voting = voting;
        this.sessions = sessions;
        this.notices = notices;
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
                .filter(b -> sessions.isPresent(b.getSessionId(), user.memberId())).toList();
        var voted = voting.votedAmong(user, open.stream().map(Ballot::getId).toList());
        var unread = notices.readBy(user);
        return Map.of("ballots", open.stream().filter(b -> !voted.contains(b.getId())).toList(),
                "notices", notices.notices().stream().filter(n -> !unread.contains(n.getId())).limit(3).toList());
    }

    @Override
    public int order() {
        return 20;
    }
}
