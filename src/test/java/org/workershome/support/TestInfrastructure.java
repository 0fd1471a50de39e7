package org.workershome.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A clean database for the test context, and a real SMTP server (GreenMail) that mail goes to. */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

    /** PostgreSQL keeps data between runs: start from an empty schema. */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    /** Replaces the application clock, so a test can move time forward (and must reset it). */
    @Bean
    @org.springframework.context.annotation.Primary
    TestClock testClock() {
        return new TestClock();
    }

    /**
     * Starts GreenMail on a free port before the context, and points {@code spring.mail.*} at it; the
     * server is a bean, so tests inject it to read what was sent.
     */
    public static class MailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            int port = freePort();
            GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            greenMail.start();
            context.getBeanFactory().registerSingleton("greenMail", greenMail);
            context.addApplicationListener(event -> {
                if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                    greenMail.stop();
                }
            });
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("greenmail",
                    Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", port)));
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
