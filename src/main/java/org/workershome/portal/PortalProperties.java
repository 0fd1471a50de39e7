package org.workershome.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the portal, under {@code workers-home.portal.*}. */
@ConfigurationProperties("workers-home.portal")
record PortalProperties(
        /** How often the article views counted in memory are added to the database (and once at shutdown). */
        @DefaultValue("PT10S") Duration viewFlush) {
}
