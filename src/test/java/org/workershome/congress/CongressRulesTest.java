package org.workershome.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.workershome.core.error.InvalidInput;

/** Quorum and majority rules, without the database. */
class CongressRulesTest {

    static Term term(int num, int den) {
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
}
