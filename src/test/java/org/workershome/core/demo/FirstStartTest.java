package org.workershome.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A real first start without the demo profile, on its own empty in-memory database (so it runs the same
 * in the H2 and the PostgreSQL pass and leaves the shared test database alone).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:first-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "workers-home.data-dir=target/test-data-first-start",
        "workers-home.crypto.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        "workers-home.appeals.check-initial-delay=PT24H"})
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

    private static final Pattern PRINTED = Pattern.compile("created account 'admin' with password (\\S+)");

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;

    @Test
    void firstStartWithoutDemoCreatesTheNationalUnionAndAnAdminWhosePasswordIsPrintedOnce(CapturedOutput output) {
        assertThat(jdbc.queryForObject("select count(*) from member", Long.class)).as("no demo members").isZero();
        assertThat(jdbc.queryForObject("select name from org where parent_id is null", String.class))
                .isEqualTo("中国农林水利气象工会");
        String hash = jdbc.queryForObject("select password_hash from account where username = 'admin'", String.class);
        assertThat(jdbc.queryForObject("select data_scope from account where username = 'admin'", String.class)).isEqualTo("ALL");
        assertThat(jdbc.queryForList("select r.role from account_role r join account a on a.id = r.account_id where a.username = 'admin'",
                String.class)).containsExactly("ADMIN");

        Matcher printed = PRINTED.matcher(output.getAll());
        assertThat(printed.find()).as("the password is in the log").isTrue();
        assertThat(encoder.matches(printed.group(1), hash)).isTrue();
        assertThat(hash).doesNotContain(printed.group(1));
    }
}
