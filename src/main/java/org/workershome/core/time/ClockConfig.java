package org.workershome.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.workershome.core.WorkersHomeProperties;

/** The one clock of the application. Everything that reads "now" takes this bean. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    private static final Logger log = LoggerFactory.getLogger(ClockConfig.class);

    @Bean
    Clock clock(WorkersHomeProperties properties, Environment environment) {
        Clock system = Clock.system(Times.ZONE);
        Duration offset = properties.clock().offset();
        if (offset.isZero()) {
            return system;
        }
        if (!environment.acceptsProfiles(Profiles.of("demo"))) {
            log.warn("workers-home.clock.offset={} ignored: it is honoured only under the demo profile", offset);
            return system;
        }
        log.warn("Demo clock shifted by {}", offset);
        return Clock.offset(system, offset);
    }
}
