package org.workershome.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.workershome.core.WorkersHomeProperties;

/** The demo clock offset lets a user watch deadlines pass; in production it must never move time. */
class ClockConfigTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, ClockConfig.class);

    @Test
    void offsetShiftsTheClockUnderTheDemoProfile() {
        context.withPropertyValues("spring.profiles.active=demo", "workers-home.clock.offset=P40D").run(app -> {
            Clock clock = app.getBean(Clock.class);
            assertThat(Duration.between(Instant.now(), clock.instant())).isBetween(Duration.ofDays(40).minusMinutes(1),
                    Duration.ofDays(40).plusMinutes(1));
            assertThat(clock.getZone()).isEqualTo(Times.ZONE);
        });
    }

    @Test
    void offsetIsIgnoredWithoutTheDemoProfile() {
        context.withPropertyValues("spring.profiles.active=prod", "workers-home.clock.offset=P40D").run(app -> {
            Clock clock = app.getBean(Clock.class);
            assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
            assertThat(clock.getZone()).isEqualTo(Times.ZONE);
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(WorkersHomeProperties.class)
    static class Properties {
    }
}
