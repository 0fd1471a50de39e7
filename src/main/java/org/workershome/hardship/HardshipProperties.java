package org.workershome.hardship;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of hardship assistance, under {@code workers-home.hardship.*}. */
@ConfigurationProperties("workers-home.hardship")
record HardshipProperties(
        /** How many working days a file is shown to the org's members (公示) before it may be approved. */
        @DefaultValue("5") int noticeWorkingDays,
        /** How long an approved file may go without a review before it is listed as due. */
        @DefaultValue("P1Y") Period reviewInterval) {
}
