package org.workershome.core.workflow;

import org.workershome.core.error.Conflict;

/** An action the record's current state does not allow (409). Arguments: state and action names. */
public class TransitionNotAllowed extends Conflict {

    public TransitionNotAllowed(Enum<?> state, Enum<?> action) {
        super("error.transitionNotAllowed", state.name(), action.name());
    }
}
