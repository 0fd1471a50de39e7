package org.workershome.appeals;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.workershome.core.calendar.WorkingDays;

/** An appeal's deadlines in working days, each with its warning point at {@code warn-percent} of the way. */
@Component
class AppealDeadlineRules {

    private final WorkingDays workingDays;
    private final AppealsProperties properties;

    AppealDeadlineRules(WorkingDays workingDays, AppealsProperties properties) {
        this.workingDays = workingDays;
        this.properties = properties;
    }

    /** While being worked on: the next progress update or the resolution deadline, whichever is first. */
    Appeal.Deadline workDeadline(Appeal appeal, AppealCategory category, Instant now) {
        Appeal.Deadline update = deadline(now, category.getUpdateDays());
        Appeal.Deadline resolution = deadline(appeal.getSubmittedAt(), category.getResolutionDays());
        return resolution.dueAt().isBefore(update.dueAt()) && resolution.dueAt().isAfter(now) ? resolution : update;
    }

    Appeal.Deadline deadline(Instant start, int days) {
        Instant due = workingDays.deadline(start, days);
        long span = Duration.between(start, due).toMillis();
        return new Appeal.Deadline(due, start.plusMillis(span * properties.warnPercent() / 100));
    }
}
