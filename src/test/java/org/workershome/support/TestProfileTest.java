package org.workershome.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;

/**
 * The settings that keep the suite cheap really reach the shared context (the demo profile once overrode the
 * test profile's template cache): each of them costs seconds per run when lost.
 */
@IntegrationTest
class TestProfileTest {

    @Autowired SpringResourceTemplateResolver templates;
    @Autowired JdbcTemplate jdbc;
    @Value("${workers-home.congress.schedule-initial-delay}") String ballotSchedule;
    @Value("${workers-home.hardship.review-check-initial-delay}") String hardshipReview;

    @Test
    void templatesAreCachedDemoPasswordsAreCheapAndJobsStayQuiet() {
        assertThat(templates.isCacheable()).as("template cache").isTrue();
        assertThat(jdbc.queryForObject("select password_hash from account where username = 'admin'", String.class))
                .as("demo accounts hashed at BCrypt cost 4").startsWith("{bcrypt}$2a$04$");
        assertThat(ballotSchedule).isEqualTo("PT24H");
        assertThat(hardshipReview).isEqualTo("PT24H");
    }
}
