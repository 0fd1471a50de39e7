package org.workershome.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.workflow.TransitionNotAllowed;

/** The rules of a hardship file, without the database. */
class HardshipRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");

    private static HardshipFile file() {
        return new HardshipFile(1L, "KN2026-000001", 7L, 70L, 700L, false, "632626198001011234", "hash", "13700000000", 3,
                new BigDecimal("500.00"), true, List.of(HardshipCause.ILLNESS), null, "说明", T0);
    }

    private static HardshipFile underNotice(Instant endsAt) {
        HardshipFile f = file();
        f.verify(HardshipGrade.DEEP, T0);
        f.startNotice(T0, endsAt);
        return f;
    }

    @Test
    void approvalIsRefusedUntilTheNoticeHasEnded() {
        Instant end = T0.plus(Duration.ofDays(7));
        HardshipFile f = underNotice(end);
        assertThatThrownBy(() -> f.approve(9L, 0, null, end)).isInstanceOf(Conflict.class)
                .hasMessage("hardship.error.noticeRunning");
        assertThat(f.getStatus()).isEqualTo(HardshipStatus.PUBLIC_NOTICE);
        f.approve(9L, 0, null, end.plusSeconds(1));
        assertThat(f.getStatus()).isEqualTo(HardshipStatus.APPROVED);
        assertThat(f.getApprovedByAccountId()).isEqualTo(9L);
    }

    @Test
    void objectionsMustBeAnsweredWhenApproving() {
        Instant end = T0.plus(Duration.ofDays(7));
        HardshipFile f = underNotice(end);
        f.object();
        assertThatThrownBy(() -> f.approve(9L, 1, " ", end.plusSeconds(1))).isInstanceOf(InvalidInput.class);
        f.approve(9L, 1, "异议经核实不成立：商铺已于去年转让", end.plusSeconds(1));
        assertThat(f.getStatus()).isEqualTo(HardshipStatus.APPROVED);
    }

    @Test
    void theNoticeNeedsAVerifiedFileWithAGrade() {
        HardshipFile f = file();
        assertThatThrownBy(() -> f.startNotice(T0, T0)).isInstanceOf(TransitionNotAllowed.class);
        f.verify(null, T0);
        assertThatThrownBy(() -> f.startNotice(T0, T0)).isInstanceOf(InvalidInput.class);
        assertThat(f.getStatus()).isEqualTo(HardshipStatus.VERIFIED);
    }

    @Test
    void closingAFileFreesTheHouseholdAndNeedsAReason() {
        HardshipFile f = underNotice(T0);
        f.approve(9L, 0, null, T0.plusSeconds(1));
        assertThatThrownBy(() -> f.exit("", T0)).isInstanceOf(InvalidInput.class);
        assertThat(HardshipFile.MACHINE.allows(HardshipStatus.APPROVED, HardshipAction.APPROVE)).isFalse();
        f.exit("就业后收入稳定", T0);
        assertThat(f.getStatus()).isEqualTo(HardshipStatus.EXITED);
        assertThat(f.getCloseReason()).isEqualTo("就业后收入稳定");
        assertThat(HardshipFile.MACHINE.finalStates())
                .containsExactlyInAnyOrder(HardshipStatus.REJECTED, HardshipStatus.EXITED, HardshipStatus.CANCELLED);
        assertThatThrownBy(() -> f.cancel("x", T0)).isInstanceOf(TransitionNotAllowed.class);
    }

    @Test
    void aRejectionNeedsAReasonAndClosesTheFile() {
        HardshipFile f = underNotice(T0);
        assertThatThrownBy(() -> f.reject(null, T0)).isInstanceOf(InvalidInput.class);
        assertThat(f.getStatus()).isEqualTo(HardshipStatus.PUBLIC_NOTICE);
        f.reject("家庭另有经营收入，人均收入高于低保线", T0);
        assertThat(f.getStatus()).isEqualTo(HardshipStatus.REJECTED);
        assertThat(f.getCloseReason()).contains("经营收入");
        assertThat(f.getClosedAt()).isEqualTo(T0);
        assertThatThrownBy(() -> f.approve(9L, 0, null, T0.plusSeconds(60))).isInstanceOf(TransitionNotAllowed.class);
    }

    @Test
    void moneyIsShownTheChineseWay() {
        assertThat(Money.format(new BigDecimal("1234.5"))).isEqualTo("¥1,234.50");
        assertThat(Money.format(new BigDecimal("0"))).isEqualTo("¥0.00");
        assertThat(Money.positive(new BigDecimal("10.005"))).isNull();
        assertThat(Money.positive(new BigDecimal("-1"))).isNull();
        assertThat(Money.positive(new BigDecimal("12.3"))).isEqualByComparingTo("12.30");
    }
}
