package org.workershome.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class StateMachineTest {

    enum S { OPEN, DONE, CANCELLED }

    enum A { FINISH, CANCEL }

    private final StateMachine<S, A> machine = StateMachine.of(S.class, A.class)
            .allow(A.FINISH, S.OPEN, S.DONE)
            .allow(A.CANCEL, EnumSet.of(S.OPEN, S.DONE), S.CANCELLED)
            .build();

    @Test
    void declaredTransitionLeadsToItsState() {
        assertThat(machine.next(S.OPEN, A.FINISH)).isEqualTo(S.DONE);
        assertThat(machine.next(S.DONE, A.CANCEL)).isEqualTo(S.CANCELLED);
    }

    @Test
    void undeclaredTransitionIsRefusedAsConflict() {
        assertThatThrownBy(() -> machine.next(S.DONE, A.FINISH)).isInstanceOf(TransitionNotAllowed.class)
                .satisfies(e -> assertThat(((TransitionNotAllowed) e).status().value()).isEqualTo(409));
        assertThat(machine.allows(S.CANCELLED, A.CANCEL)).isFalse();
    }

    @Test
    void listsActionsAndFinalStates() {
        assertThat(machine.actionsFrom(S.OPEN)).containsExactlyInAnyOrder(A.FINISH, A.CANCEL);
        assertThat(machine.finalStates()).containsExactly(S.CANCELLED);
    }

    @Test
    void declaringATransitionTwiceIsAMistake() {
        assertThatThrownBy(() -> StateMachine.of(S.class, A.class).allow(A.FINISH, S.OPEN, S.DONE)
                .allow(A.FINISH, S.OPEN, S.CANCELLED)).isInstanceOf(IllegalStateException.class);
    }
}
