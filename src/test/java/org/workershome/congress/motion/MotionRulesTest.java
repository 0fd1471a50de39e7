package org.workershome.congress.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.workershome.congress.CongressSession;
import org.workershome.congress.PassRule;
import org.workershome.congress.Term;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.workflow.TransitionNotAllowed;

/** A motion's states, without the database. */
class MotionRulesTest {

    private static Term term(int num, int den) {
        return new Term(1L, 1, "t", LocalDate.now(), LocalDate.now(), num, den, PassRule.MAJORITY_OF_ALL, 2);
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
