package org.workershome.core.db;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scheduled job's pass over many records, one step per id (each step its own transaction, in the service it
 * calls): a step that fails is logged and skipped, so that one bad record never stops the others.
 */
public final class OneByOne {

    private static final Logger log = LoggerFactory.getLogger(OneByOne.class);

    private OneByOne() {}

    /** Runs {@code step} for each id; answers how many ran without failing. */
    public static int each(String what, List<Long> ids, Consumer<Long> step) {
        return counting(what, ids, id -> {
            step.accept(id);
            return true;
        });
    }

    /** Runs {@code step} for each id; answers for how many it did something (returned true). */
    public static int counting(String what, List<Long> ids, Predicate<Long> step) {
        int done = 0;
        for (Long id : ids) {
            try {
                if (step.test(id)) {
                    done++;
                }
            } catch (RuntimeException e) {
                log.warn("{} {}: step failed", what, id, e);
            }
        }
        return done;
    }
}
