package org.workershome.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.workflow.TransitionNotAllowed;

class AppealRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-25T01:00:00Z");

    private static Appeal.Deadline in(int hours) {
        return new Appeal.Deadline(T0.plus(Duration.ofHours(hours)), T0.plus(Duration.ofHours(hours * 8L / 10)));
    }

    private static Appeal submitted() {
        return new Appeal(1L, "SQ20261125-000001", 10L, 100L, 1000L, "WAGES", "拖欠工资", "三个月未发工资",
                AppealChannel.WEB, false, false, null, T0, in(72));
    }

    @Test
    void happyPathRunsFromSubmissionToRatedClose() {
        Appeal appeal = submitted();
        appeal.accept(T0, in(120));
        appeal.start(T0, in(120));
        appeal.reply("已协调发放", T0);
        assertThat(appeal.getDueAt()).as("no deadline runs while the worker reads the reply").isNull();
        appeal.close(5, T0);
        assertThat(appeal.getStatus()).isEqualTo(AppealStatus.CLOSED);
        assertThat(appeal.getRating()).isEqualTo(5);
    }

    @Test
    void cannotReplyBeforeAccepting() {
        assertThatThrownBy(() -> submitted().reply("答复", T0)).isInstanceOf(TransitionNotAllowed.class);
    }

    @Test
    void rejectionNeedsAReason() {
        assertThatThrownBy(() -> submitted().reject(" ", T0)).isInstanceOf(InvalidInput.class);
        Appeal appeal = submitted();
        appeal.reject("不属于工会受理范围", T0);
        assertThat(appeal.getStatus()).isEqualTo(AppealStatus.REJECTED);
    }

    @Test
    void reopensOnlyOnce() {
        Appeal appeal = submitted();
        appeal.accept(T0, in(120));
        appeal.reply("答复", T0);
        appeal.reopen("问题没有解决", T0, in(120));
        assertThat(appeal.getStatus()).isEqualTo(AppealStatus.IN_PROGRESS);
        appeal.reply("再次答复", T0);
        assertThatThrownBy(() -> appeal.reopen("还是没有解决", T0, in(120))).isInstanceOf(Conflict.class);
    }

    @Test
    void ratingIsOneToFiveAndGivenOnce() {
        Appeal appeal = submitted();
        appeal.accept(T0, in(120));
        appeal.reply("答复", T0);
        assertThatThrownBy(() -> appeal.rate(6, T0)).isInstanceOf(InvalidInput.class);
        appeal.rate(3, T0);
        assertThat(appeal.getStatus()).isEqualTo(AppealStatus.CLOSED);
        assertThatThrownBy(() -> appeal.rate(4, T0)).isInstanceOf(Conflict.class);
    }

    @Test
    void withdrawnAppealAcceptsNothingMore() {
        Appeal appeal = submitted();
        appeal.withdraw(T0);
        assertThatThrownBy(() -> appeal.accept(T0, in(1))).isInstanceOf(TransitionNotAllowed.class);
        assertThat(appeal.getDueAt()).isNull();
    }

    @Test
    void escalationRaisesTheLevelAndStartsTheSupervisorsTimer() {
        Appeal appeal = submitted();
        assertThat(appeal.isOverdue(T0.plus(Duration.ofHours(73)))).isTrue();
        appeal.escalate(5L, T0.plus(Duration.ofHours(73)), in(200));
        assertThat(appeal.getEscalationLevel()).isEqualTo(1);
        assertThat(appeal.getEscalatedToOrgId()).isEqualTo(5L);
        assertThat(appeal.isOverdue(T0.plus(Duration.ofHours(73)))).isFalse();
        assertThat(appeal.getStatus()).isEqualTo(AppealStatus.SUBMITTED);
    }

    @Test
    void warnsOnceAtEightyPercent() {
        Appeal appeal = submitted();
        assertThat(appeal.needsWarning(T0.plus(Duration.ofHours(50)))).isFalse();
        assertThat(appeal.needsWarning(T0.plus(Duration.ofHours(58)))).isTrue();
        appeal.markWarned();
        assertThat(appeal.needsWarning(T0.plus(Duration.ofHours(60)))).isFalse();
    }

    @Test
    void transferRestartsTheFirstResponseTimerAtTheNewOrg() {
        Appeal appeal = submitted();
        appeal.escalate(5L, T0, in(10));
        appeal.transferTo(11L, T0, in(72));
        assertThat(appeal.getOrgId()).isEqualTo(11L);
        assertThat(appeal.getEscalationLevel()).isZero();
        assertThat(appeal.getStatus()).isEqualTo(AppealStatus.SUBMITTED);
    }
}
