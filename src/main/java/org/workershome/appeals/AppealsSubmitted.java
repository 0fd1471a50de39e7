package org.workershome.appeals;

import java.util.List;

/**
 * New appeals: one from a worker's form or recorded by a cadre, or a whole batch from the API's group commit
 * ({@link AppealIntake}) — one event per transaction, so that listeners can write in one batch too.
 */
@org.springframework.modulith.NamedInterface("events")
public record AppealsSubmitted(List<AppealFacts> appeals) {

    static AppealsSubmitted one(AppealFacts appeal) {
        return new AppealsSubmitted(List.of(appeal));
    }
}
