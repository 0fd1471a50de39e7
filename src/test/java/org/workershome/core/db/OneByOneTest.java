package org.workershome.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A job's pass goes on past a record whose step fails, and counts what was done. */
class OneByOneTest {

    @Test
    void aFailingStepIsSkippedAndTheOthersStillRun() {
        List<Long> seen = new ArrayList<>();
        int done = OneByOne.each("Test record", List.of(1L, 2L, 3L), id -> {
            if (id == 2L) {
                throw new IllegalStateException("broken record");
            }
            seen.add(id);
        });
        assertThat(seen).containsExactly(1L, 3L);
        assertThat(done).isEqualTo(2);
    }

    @Test
    void countingCountsOnlyTheStepsThatDidSomething() {
        assertThat(OneByOne.counting("Test record", List.of(1L, 2L, 3L, 4L), id -> id % 2 == 0)).isEqualTo(2);
    }
}
