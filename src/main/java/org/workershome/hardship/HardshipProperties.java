package org.workershome.hardship;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of hardship assistance, under {@code workers-home.hardship.*}. */
@ConfigurationProperties("workers-home.hardship")
record HardshipProperties(
        /** How many working days a file is shown to the org's members (公示) before it may be approved. */
        @DefaultValue("5") int noticeWorkingDays,
        /**
         * How long after its approval or last completed review an approved file goes into the yearly review
         * (by {@link HardshipReviewJob}); also what the "review due" list uses.
         */
        @DefaultValue("P365D") Duration reviewAfter,
        /** How many days before the review the handling cadres are reminded (0: no reminder). */
        @DefaultValue("30") int reviewReminderDays) {
}
