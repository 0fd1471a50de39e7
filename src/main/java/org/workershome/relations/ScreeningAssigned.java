package org.workershome.relations;

import java.util.List;

/** Screening tasks were made (by the schedule or a cadre): one event per transaction. */
public record ScreeningAssigned(List<Task> screenings) {

    public record Task(Long id, Long orgId, String periodLabel) {}
}
