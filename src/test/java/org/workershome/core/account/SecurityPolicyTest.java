package org.workershome.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.workershome.support.TestHttp;
import org.workershome.support.TestInfrastructure;

/**
 * The sign-in policies as production has them (the shared test context turns them off, since the suite signs the
 * demo accounts in many times at once and moves the clock by months): two-step verification for a role, periodic
 * password change, one session per account. A context of its own, on an in-memory database of its own (H2 only: what
 * it checks does not differ by database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:workers-home-policy;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "workers-home.security.two-factor-roles=CADRE",
        "workers-home.security.password-max-age=P90D",
        "workers-home.security.max-sessions-per-account=1"})
@ActiveProfiles({"demo", "test"})
@Import(TestInfrastructure.class)
@ContextConfiguration(initializers = TestInfrastructure.MailServer.class)
class SecurityPolicyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aCadreMustSetUpTwoStepVerificationBeforeAnyPageOthersNeedNot() {
        String username = TestAccounts.uniqueUsername("policy.cadre");
        TestAccounts.createForestCadre(port, TestHttp.signedIn(port, "admin"), username);

        TestHttp cadre = TestHttp.browser(port);
        assertThat(cadre.login(username, TestHttp.PASSWORD).header("Location")).endsWith("/login/two-factor");
        assertThat(cadre.get("/me").header("Location")).endsWith("/login/two-factor");
        assertThat(cadre.get("/appeals").header("Location")).endsWith("/login/two-factor");
        assertThat(cadre.get("/login/two-factor").body()).contains("two-factor-qr");

        assertThat(TestHttp.browser(port).login("worker.forest", TestHttp.PASSWORD).header("Location")).endsWith("/me");
        assertThat(TestHttp.anonymousApi(port).postJson("/api/v1/auth/token",
                Map.of("username", username, "password", TestHttp.PASSWORD)).status())
                .as("no token before enrolment either").isEqualTo(401);
    }

    @Test
    void anExpiredPasswordIsChangedFirst() {
        String username = TestAccounts.uniqueUsername("policy.old");
        long id = createWorker(username);
        jdbc.update("update account set password_changed_at = ? where id = ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(91))), id);

        TestHttp worker = TestHttp.browser(port);
        worker.login(username, TestHttp.PASSWORD);
        TestHttp.Response held = worker.get("/me");
        assertThat(held.status()).isEqualTo(302);
        assertThat(held.header("Location")).endsWith("/account/password?expired");
        String page = worker.get("/account/password?expired").body();
        assertThat(page).contains("password-expired");

        String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        TestHttp.Response changed = worker.postForm("/account/password", Map.of("currentPassword", TestHttp.PASSWORD,
                "newPassword", "Forest#2027", "repeatPassword", "Forest#2027", "_csrf", csrf));
        assertThat(changed.status()).isEqualTo(302);
        assertThat(worker.get("/me").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select password_changed_at from account where id = ?", Timestamp.class, id)
                .toInstant()).isAfter(clock.instant().minus(Duration.ofMinutes(1)));

        TestHttp fresh = TestHttp.browser(port);
        fresh.login(username, "Forest#2027");
        assertThat(fresh.get("/me").status()).as("a new password is not expired").isEqualTo(200);
    }

    @Test
    void aSecondSignInEndsTheFirstSession() {
        String username = TestAccounts.uniqueUsername("policy.twice");
        createWorker(username);
        TestHttp first = TestHttp.signedIn(port, username);
        assertThat(first.get("/me").status()).isEqualTo(200);

        TestHttp second = TestHttp.signedIn(port, username);
        assertThat(second.get("/me").status()).isEqualTo(200);
        TestHttp.Response ended = first.get("/me");
        assertThat(ended.status()).isEqualTo(302);
        assertThat(ended.header("Location")).endsWith("/login?elsewhere");
        assertThat(first.get("/login?elsewhere").body()).contains("signed-in-elsewhere");
    }

    @Test
    void aSessionIdleForThirtyMinutesIsOver() {
        String username = TestAccounts.uniqueUsername("policy.idle");
        createWorker(username);
        TestHttp worker = TestHttp.signedIn(port, username);
        assertThat(worker.get("/me").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where principal_name = ?",
                Integer.class, username)).isEqualTo(30 * 60);

        jdbc.update("update spring_session set last_access_time = last_access_time - ? where principal_name = ?",
                Duration.ofMinutes(31).toMillis(), username);
        TestHttp.Response after = worker.get("/me");
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.header("Location")).endsWith("/login");
    }

    private long createWorker(String username) {
        TestHttp.Response response = TestHttp.signedIn(port, "admin").postForm("/accounts", TestAccounts.form(username,
                TestAccounts.orgId(port, "伊春红星林场工会"), "WORKER", "SELF", TestHttp.PASSWORD));
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        return Long.parseLong(response.header("Location").replaceAll(".*/accounts/(\\d+)/edit", "$1"));
    }
}
