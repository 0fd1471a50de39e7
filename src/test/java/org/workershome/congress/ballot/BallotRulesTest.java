package org.workershome.congress.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.workershome.congress.CongressSession;
import org.workershome.congress.PassRule;
import org.workershome.congress.Term;
import org.workershome.core.error.Conflict;

/** A ballot's states and times, without the database. */
class BallotRulesTest {

    private static Term term(int num, int den) {
        return new Term(1L, 1, "t", LocalDate.now(), LocalDate.now(), num, den, PassRule.MAJORITY_OF_ALL, 2);
    }

    @Test
    void aClosedBallotCannotReopenOrCloseAgain() {
        CongressSession session = new CongressSession(term(2, 3), 1, "s", null, null);
        Ballot ballot = new Ballot(session, "b", null, BallotKind.MOTION, true, 1, PassRule.MAJORITY_OF_ALL, null, null);
        assertThat(ballot.acceptsVotes(Instant.now())).isFalse();
        ballot.open(Instant.now());
        assertThat(ballot.acceptsVotes(Instant.now())).isTrue();
        ballot.close(Instant.now(), 30, 20, 20, true, true);
        assertThat(ballot.acceptsVotes(Instant.now())).isFalse();
        assertThatThrownBy(() -> ballot.close(Instant.now(), 30, 20, 20, true, false)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> ballot.open(Instant.now())).isInstanceOf(Conflict.class);
        assertThat(ballot.getPassed()).isTrue();
    }

    @Test
    void aBallotWithAClosingTimeRefusesVotesAfterIt() {
        CongressSession session = new CongressSession(term(2, 3), 1, "s", null, null);
        Instant closes = Instant.parse("2026-11-25T02:00:00Z");
        Ballot ballot = new Ballot(session, "b", null, BallotKind.MOTION, true, 1, PassRule.MAJORITY_OF_ALL, null, closes);
        ballot.open(closes.minusSeconds(600));
        assertThat(ballot.acceptsVotes(closes.minusSeconds(1))).isTrue();
        assertThat(ballot.acceptsVotes(closes)).isFalse();
        assertThat(ballot.isDueToClose(closes)).isTrue();
    }
}
