package org.workershome.congress;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the workers' congress, under {@code workers-home.congress.*}. */
@ConfigurationProperties("workers-home.congress")
public record CongressProperties(
        /** First run of the ballot schedule job (opening and closing at the set times) after start. */
        @DefaultValue("PT20S") Duration scheduleInitialDelay,
        /** How often the ballot schedule job looks for ballots due to open or close. */
        @DefaultValue("PT30S") Duration scheduleInterval,
        /** First run of the motion deadline job after start. */
        @DefaultValue("PT25S") Duration motionCheckInitialDelay,
        /** How often the motion deadline job looks for reminders and overdue notices. */
        @DefaultValue("PT10M") Duration motionCheckInterval,
        /** How many days before a motion's deadline its handlers are reminded. */
        @DefaultValue("3") int reminderDays,
        /** Representatives of the bench congress (profile {@code congress-bench} only). */
        @DefaultValue("2000") int benchRepresentatives) {
}
