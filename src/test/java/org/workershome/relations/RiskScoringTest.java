package org.workershome.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.workflow.TransitionNotAllowed;

/** The score, the levels, the appeal rules and the warning's steps, without the application. */
class RiskScoringTest {

    private static final RiskScoring.Thresholds DEFAULT = new RiskScoring.Thresholds(10, 20, 40, 60);
    private static final RiskScoring.Rule WAGES_5_IN_30 = new RiskScoring.Rule("WAGES", 5, 30, 30);
    private static final RiskScoring.Rule ANY_10_IN_30 = new RiskScoring.Rule(null, 10, 30, 20);

    private static ScreeningAnswer answer(int weight, boolean risk) {
        return new ScreeningAnswer(Dimension.WAGES, weight, risk);
    }

    @Test
    void theScreeningScoreIsTheShareOfWeightAnsweredRiskRounded() {
        assertThat(RiskScoring.screeningScore(List.of(answer(15, true), answer(12, true), answer(86, false)))).isEqualTo(24);
        assertThat(RiskScoring.screeningScore(List.of(answer(5, false), answer(5, false)))).isZero();
        assertThat(RiskScoring.screeningScore(List.of(answer(5, true)))).isEqualTo(100);
        assertThat(RiskScoring.screeningScore(List.of())).as("no weights, no risk").isZero();
    }

    @Test
    void levelsStartAtTheirThresholds() {
        assertThat(DEFAULT.levelOf(0)).isEqualTo(RiskLevel.NONE);
        assertThat(DEFAULT.levelOf(9)).isEqualTo(RiskLevel.NONE);
        assertThat(DEFAULT.levelOf(10)).isEqualTo(RiskLevel.BLUE);
        assertThat(DEFAULT.levelOf(20)).isEqualTo(RiskLevel.YELLOW);
        assertThat(DEFAULT.levelOf(39)).isEqualTo(RiskLevel.YELLOW);
        assertThat(DEFAULT.levelOf(40)).isEqualTo(RiskLevel.ORANGE);
        assertThat(DEFAULT.levelOf(60)).isEqualTo(RiskLevel.RED);
        assertThat(DEFAULT.levelOf(100)).isEqualTo(RiskLevel.RED);
    }

    @Test
    void thresholdsMustRiseFromBlueToRed() {
        assertThatThrownBy(() -> new RiskScoring.Thresholds(10, 10, 40, 60)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new RiskScoring.Thresholds(0, 20, 40, 60)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new RiskScoring.Thresholds(10, 20, 40, 101)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new RiskScoring.Rule("WAGES", 0, 30, 10)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new RiskScoring.Rule("WAGES", 5, 400, 10)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void fiveWageAppealsInThirtyDaysAddTheRulesPoints() {
        Map<String, Long> inThirtyDays = Map.of("WAGES", 5L, "SAFETY", 1L);
        RiskScoring.AppealCounts counts = (category, days) -> days < 30 ? 0
                : category == null ? inThirtyDays.values().stream().mapToLong(Long::longValue).sum()
                : inThirtyDays.getOrDefault(category, 0L);
        var assessment = RiskScoring.assess(24, counts, List.of(WAGES_5_IN_30, ANY_10_IN_30), DEFAULT);
        assertThat(assessment.signalPoints()).isEqualTo(30);
        assertThat(assessment.fired()).containsExactly(WAGES_5_IN_30);
        assertThat(assessment.score()).isEqualTo(54);
        assertThat(assessment.level()).isEqualTo(RiskLevel.ORANGE);

        var four = RiskScoring.assess(24, (c, d) -> "WAGES".equals(c) ? 4 : 4, List.of(WAGES_5_IN_30), DEFAULT);
        assertThat(four.signalPoints()).as("four is not five").isZero();
        assertThat(four.level()).isEqualTo(RiskLevel.YELLOW);
    }

    @Test
    void signalsAloneRateAnUnscreenedUnitAndTheScoreIsCappedAt100() {
        var unscreened = RiskScoring.assess(null, (c, d) -> 50, List.of(WAGES_5_IN_30, ANY_10_IN_30), DEFAULT);
        assertThat(unscreened.screeningScore()).isZero();
        assertThat(unscreened.score()).isEqualTo(50);
        var capped = RiskScoring.assess(90, (c, d) -> 50, List.of(WAGES_5_IN_30, ANY_10_IN_30), DEFAULT);
        assertThat(capped.score()).isEqualTo(100);
        assertThat(capped.level()).isEqualTo(RiskLevel.RED);
    }

    @Test
    void aWarningIsAcknowledgedThenAnsweredWithAPlanAndClosed() {
        Instant now = Instant.parse("2026-12-02T01:00:00Z");
        Warning warning = new Warning(1L, RiskLevel.YELLOW, RiskLevel.NONE, 24, now, now.plus(Duration.ofDays(2)));
        assertThat(warning.userActions()).containsExactly(WarningAction.ACKNOWLEDGE);
        assertThatThrownBy(() -> warning.close(now)).isInstanceOf(TransitionNotAllowed.class);
        warning.acknowledge(now, now.plus(Duration.ofDays(7)));
        assertThat(warning.getDueAt()).as("now the plan's deadline").isEqualTo(now.plus(Duration.ofDays(7)));
        assertThatThrownBy(() -> warning.submitPlan(" ", now)).isInstanceOf(InvalidInput.class);
        assertThat(warning.getStatus()).isEqualTo(WarningStatus.ACKNOWLEDGED);
        warning.submitPlan("补发工资", now);
        assertThat(warning.isOverdueAt(now.plus(Duration.ofDays(30)))).as("a plan stops the clock").isFalse();
        warning.close(now);
        assertThat(warning.getStatus()).isEqualTo(WarningStatus.CLOSED);
        assertThat(warning.userActions()).isEmpty();
    }

    @Test
    void aMissedDeadlineEscalatesAndTheUnitMayStillSubmitItsPlan() {
        Instant now = Instant.parse("2026-12-02T01:00:00Z");
        Warning warning = new Warning(1L, RiskLevel.ORANGE, RiskLevel.YELLOW, 45, now, now.plus(Duration.ofDays(2)));
        assertThat(warning.isOverdueAt(now.plus(Duration.ofDays(1)))).isFalse();
        assertThat(warning.isOverdueAt(now.plus(Duration.ofDays(3)))).isTrue();
        warning.escalate(now.plus(Duration.ofDays(3)));
        assertThat(warning.getStatus()).isEqualTo(WarningStatus.ESCALATED);
        assertThat(warning.isOverdueAt(now.plus(Duration.ofDays(9)))).as("escalated once").isFalse();
        assertThat(warning.userActions()).containsExactly(WarningAction.SUBMIT_PLAN);
        warning.submitPlan("约谈单位负责人，限期补缴", now);
        assertThat(warning.getAcknowledgedAt()).isNotNull();
    }
}
