package org.workershome.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.workflow.TransitionNotAllowed;

/** Quorum, majority and motion rules, without the database. */
class CongressRulesTest {

    private static Term term(int num, int den) {
        return new Term(1L, 1, "t", LocalDate.now(), LocalDate.now(), num, den, PassRule.MAJORITY_OF_ALL, 2);
    }

    @Test
    void quorumIsTwoThirdsOfTheRosterRoundedUp() {
        Term twoThirds = term(2, 3);
        assertThat(twoThirds.quorumNeeded(30)).isEqualTo(20);
        assertThat(twoThirds.quorate(20, 30)).isTrue();
        assertThat(twoThirds.quorate(19, 30)).isFalse();
        assertThat(twoThirds.quorumNeeded(7)).isEqualTo(5);
        assertThat(twoThirds.quorate(4, 7)).isFalse();
        assertThat(twoThirds.quorate(5, 7)).isTrue();
        assertThat(twoThirds.quorate(0, 0)).as("no roster, no quorum").isFalse();
    }

    @Test
    void quorumIsConfigurable() {
        Term half = term(1, 2);
        assertThat(half.quorate(15, 30)).isTrue();
        assertThat(half.quorate(14, 30)).isFalse();
        assertThatThrownBy(() -> term(4, 3)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> term(0, 3)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void majorityOfAllCountsEveryRepresentativeNotOnlyThoseWhoVoted() {
        // 30 on the roster, 20 present, 20 voted
        assertThat(PassRule.MAJORITY_OF_ALL.passes(15, 30, 20, 20)).isFalse();
        assertThat(PassRule.MAJORITY_OF_ALL.passes(16, 30, 20, 20)).isTrue();
        assertThat(PassRule.MAJORITY_OF_VOTES.passes(11, 30, 20, 20)).isTrue();
        assertThat(PassRule.MAJORITY_OF_VOTES.passes(10, 30, 20, 20)).isFalse();
        assertThat(PassRule.MAJORITY_OF_PRESENT.passes(10, 30, 20, 18)).isFalse();
        assertThat(PassRule.MAJORITY_OF_PRESENT.passes(11, 30, 20, 18)).isTrue();
        assertThat(PassRule.TWO_THIRDS_OF_ALL.passes(19, 30, 30, 30)).isFalse();
        assertThat(PassRule.TWO_THIRDS_OF_ALL.passes(20, 30, 30, 30)).isTrue();
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

    @Test
    void motionNeedsCoSignersToBeRegisteredAndFollowsItsStates() {
        CongressSession session = new CongressSession(term(2, 3), 1, "s", null, null);
        Motion motion = new Motion(session, 5L, "张三", "提案", "理由", "建议", Instant.now());
        assertThatThrownBy(() -> motion.register(1, 2, null)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> motion.reply("答复", Instant.now())).isInstanceOf(TransitionNotAllowed.class);
        motion.register(2, 2, null);
        assertThat(motion.getStatus()).isEqualTo(MotionStatus.REGISTERED);
        assertThatThrownBy(() -> motion.assign(null, LocalDate.now())).isInstanceOf(InvalidInput.class);
        motion.assign(9L, LocalDate.now().plusDays(30));
        motion.reply("已办理", Instant.now());
        motion.rate(Satisfaction.SATISFIED);
        assertThat(motion.getStatus()).isEqualTo(MotionStatus.CLOSED);
        assertThatThrownBy(() -> motion.rate(Satisfaction.DISSATISFIED)).isInstanceOf(TransitionNotAllowed.class);
    }

    @Test
    void decliningNeedsAReason() {
        CongressSession session = new CongressSession(term(2, 3), 1, "s", null, null);
        Motion motion = new Motion(session, 5L, "张三", "提案", "理由", "建议", Instant.now());
        assertThatThrownBy(() -> motion.decline(" ")).isInstanceOf(InvalidInput.class);
        motion.decline("不属于职代会职权范围");
        assertThat(motion.getStatus()).isEqualTo(MotionStatus.DECLINED);
    }
}
