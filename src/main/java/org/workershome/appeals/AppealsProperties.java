package org.workershome.appeals;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the appeals channel, under {@code workers-home.appeals.*}. */
@ConfigurationProperties("workers-home.appeals")
record AppealsProperties(
        /** How often the deadline job looks for nearly-due, overdue and stale appeals. */
        @DefaultValue("PT2M") Duration checkInterval,
        /** First run of the job after start. */
        @DefaultValue("PT15S") Duration checkInitialDelay,
        /** A reply not confirmed or contested within this time closes the appeal. */
        @DefaultValue("P7D") Duration autoCloseAfter,
        /** Share of the time to a deadline after which the handlers are warned. */
        @DefaultValue("80") int warnPercent,
        /** The most API submissions written in one transaction (group commit, see AppealIntake). */
        @DefaultValue("100") int intakeBatch,
        /** Tries to follow one appeal by tracking number and phone, per hour, from anywhere. */
        @DefaultValue("10") int trackingTriesPerHour) {
}
