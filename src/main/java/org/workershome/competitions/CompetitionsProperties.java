package org.workershome.competitions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of competitions, under {@code workers-home.competitions.*}. */
@ConfigurationProperties("workers-home.competitions")
record CompetitionsProperties(
        /** How long a computed ranking is served to every viewer before it is computed again. */
        @DefaultValue("PT1S") Duration rankingCache,
        /** How often the live ranking page asks for the fragment again. */
        @DefaultValue("3") int livePollSeconds) {
}
