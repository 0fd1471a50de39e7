package org.workershome.suggestions.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.workflow.TransitionNotAllowed;

/** The suggestion's workflow and rules, without the application. */
class SuggestionRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static Suggestion suggestion() {
        return new Suggestion(7L, 70L, "张三", new Suggestion.Draft("t", "p", "q", "", " "), SuggestionSource.MEMBER,
                null, 1L, NOW);
    }

    @Test
    void theWorkflowGoesFromSubmittedToImplementedAndNoOtherWay() {
        Suggestion s = suggestion();
        assertThat(s.isTeam()).as("blank team members: one person").isFalse();
        assertThatThrownBy(() -> s.assign("王五", TODAY, TODAY)).isInstanceOf(TransitionNotAllowed.class);
        s.score(2L, "评审甲", 8, 7, 9, NOW);
        assertThat(s.adopt("好", 1, NOW)).isEqualTo(SuggestionStatus.SUBMITTED);
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.ADOPTED);
        assertThatThrownBy(() -> s.reject("no", NOW)).isInstanceOf(TransitionNotAllowed.class);
        assertThatThrownBy(() -> s.score(3L, "评审乙", 5, 5, 5, NOW)).isInstanceOf(Conflict.class);
        s.assign("王五", TODAY.plusDays(10), TODAY);
        assertThat(s.isOverdue(TODAY.plusDays(10))).isFalse();
        assertThat(s.isOverdue(TODAY.plusDays(11))).isTrue();
        assertThat(s.remindDue(TODAY.plusDays(11))).isTrue();
        s.reminded(TODAY.plusDays(11));
        assertThat(s.remindDue(TODAY.plusDays(11))).as("once a day").isFalse();
        assertThat(s.remindDue(TODAY.plusDays(12))).isTrue();
        assertThatThrownBy(() -> s.transfer(TransferKind.PATENT, "ZL2026", null, TODAY)).isInstanceOf(Conflict.class);
        s.complete(Benefit.parse("12,000.5", "", "3.456", null), NOW);
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.IMPLEMENTED);
        assertThat(s.getMoneySaved()).isEqualByComparingTo("12000.50");
        assertThat(s.getEmissionsCut()).isEqualByComparingTo("3.46");
        assertThat(s.isOverdue(TODAY.plusDays(30))).isFalse();
        s.transfer(TransferKind.PATENT, "ZL2026", null, TODAY);
        assertThat(s.getTransfers()).hasSize(1);
    }

    @Test
    void theCommitteeMustScoreBeforeAdoptingAndNobodyScoresTwice() {
        Suggestion s = suggestion();
        assertThatThrownBy(() -> s.adopt(null, 2, NOW)).isInstanceOf(Conflict.class)
                .hasMessage("suggestions.error.scoresNeeded");
        s.score(2L, "甲", 10, 10, 10, NOW);
        assertThatThrownBy(() -> s.score(2L, "甲", 1, 1, 1, NOW)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> s.score(3L, "乙", 0, 5, 11, NOW)).isInstanceOf(InvalidInput.class);
        s.score(3L, "乙", 5, 5, 6, NOW);
        assertThat(s.getMeanScore()).isEqualByComparingTo("23.0");
        assertThatThrownBy(() -> s.reject(" ", NOW)).as("a reason for not adopting").isInstanceOf(InvalidInput.class);
        s.adopt(null, 2, NOW);
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.ADOPTED);
    }

    @Test
    void benefitsAreNumbersOfAtLeastZeroAndAtLeastOneIsGiven() {
        assertThatThrownBy(() -> Benefit.parse("abc", "-1", null, null)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKeys("moneySaved", "hoursSaved"));
        Suggestion s = suggestion();
        s.score(2L, "甲", 5, 5, 5, NOW);
        s.adopt(null, 1, NOW);
        s.assign("王五", TODAY, TODAY);
        assertThatThrownBy(() -> s.complete(Benefit.parse("", " ", null, ""), NOW)).isInstanceOf(InvalidInput.class);
        s.complete(Benefit.parse(null, null, null, "消除一处高处坠落隐患"), NOW);
        assertThat(Benefit.plus(null, new BigDecimal("2"))).isEqualByComparingTo("2");
        assertThat(Benefit.plus(new BigDecimal("1.5"), new BigDecimal("2"))).isEqualByComparingTo("3.5");
        assertThat(SuggestionStatistics.rate(2, 3)).isEqualByComparingTo("66.7");
        assertThat(SuggestionStatistics.rate(0, 0)).isNull();
    }
}
