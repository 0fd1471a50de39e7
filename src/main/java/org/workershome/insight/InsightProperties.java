package org.workershome.insight;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the insight dashboards, under {@code workers-home.insight.*}. */
@ConfigurationProperties("workers-home.insight")
record InsightProperties(
        /** Time between two incremental refreshes (the scheduler reads {@code workers-home.insight.interval}). */
        @DefaultValue("PT10M") Duration interval,
        /** Months a full rebuild computes, this one included; the oldest a dashboard can show. */
        @DefaultValue("36") int months,
        /** When the nightly full rebuild runs (it catches moved orgs and back-dated records), a cron expression. */
        @DefaultValue("0 30 2 * * *") String rebuildCron) {
}
