package org.workershome.surveys;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of surveys and research, under {@code workers-home.surveys.*}. */
@ConfigurationProperties("workers-home.surveys")
record SurveysProperties(
        /**
         * In an anonymous survey's crosstab and export, orgs with fewer responses than this are folded into one row;
         * and its responses are released from the pending table in batches of at least this many.
         */
        @DefaultValue("3") int minGroup,
        /** How often waiting anonymous responses are looked at for release. */
        @DefaultValue("PT1M") Duration releaseInterval,
        /** When the follow-up reminder job first runs after start, and how often after that. */
        @DefaultValue("PT45S") Duration checkInitialDelay,
        @DefaultValue("PT10M") Duration checkInterval) {
}
