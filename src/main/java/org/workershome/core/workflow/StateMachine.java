package org.workershome.core.workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The allowed transitions of a workflow (appeal, aid, motion, dispute, suggestion…), declared once as a
 * table: (state, action) → next state. Aggregates ask it before they change; anything not declared is
 * refused with {@link TransitionNotAllowed} (409).
 *
 * <pre>{@code
 * static final StateMachine<Status, Action> MACHINE = StateMachine.of(Status.class, Action.class)
 *         .allow(Action.ACCEPT, Status.SUBMITTED, Status.ACCEPTED)
 *         .allow(Action.WITHDRAW, EnumSet.of(Status.SUBMITTED, Status.ACCEPTED), Status.WITHDRAWN)
 *         .build();
 * }</pre>
 */
public final class StateMachine<S extends Enum<S>, A extends Enum<A>> {

    private final Class<S> stateType;
    private final Map<S, Map<A, S>> transitions;

    private StateMachine(Class<S> stateType, Map<S, Map<A, S>> transitions) {
        this.stateType = stateType;
        this.transitions = transitions;
    }

    public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> of(Class<S> states, Class<A> actions) {
        return new Builder<>(states, actions);
    }

    /** The state after {@code action}, or {@link TransitionNotAllowed}. */
    public S next(S current, A action) {
        S next = transitions.getOrDefault(current, Map.of()).get(action);
        if (next == null) {
            throw new TransitionNotAllowed(current, action);
        }
        return next;
    }

    public boolean allows(S current, A action) {
        return transitions.getOrDefault(current, Map.of()).containsKey(action);
    }

    /** What may be done in this state (for showing only the buttons that work). */
    public Set<A> actionsFrom(S current) {
        return Collections.unmodifiableSet(transitions.getOrDefault(current, Map.of()).keySet());
    }

    /** States from which no action leads anywhere. */
    public Set<S> finalStates() {
        EnumSet<S> result = EnumSet.noneOf(stateType);
        for (S s : stateType.getEnumConstants()) {
            if (transitions.getOrDefault(s, Map.of()).isEmpty()) {
                result.add(s);
            }
        }
        return result;
    }

    public static final class Builder<S extends Enum<S>, A extends Enum<A>> {
        private final Class<S> states;
        private final Class<A> actions;
        private final Map<S, Map<A, S>> transitions;

        private Builder(Class<S> states, Class<A> actions) {
            this.states = states;
            this.actions = actions;
            this.transitions = new EnumMap<>(states);
        }

        public Builder<S, A> allow(A action, S from, S to) {
            Map<A, S> byAction = transitions.computeIfAbsent(from, k -> new EnumMap<>(actions));
            if (byAction.containsKey(action)) {
                throw new IllegalStateException(action + " from " + from + " declared twice");
            }
            byAction.put(action, to);
            return this;
        }

        public Builder<S, A> allow(A action, Set<S> from, S to) {
            from.forEach(f -> allow(action, f, to));
            return this;
        }

        public StateMachine<S, A> build() {
            Map<S, Map<A, S>> copy = new EnumMap<>(states);
            transitions.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new EnumMap<>(v))));
            return new StateMachine<>(states, Collections.unmodifiableMap(copy));
        }
    }
}
