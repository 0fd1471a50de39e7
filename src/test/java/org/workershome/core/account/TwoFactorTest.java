package org.workershome.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** TOTP two-step sign-in: enrolment by QR secret, the code after the password, once only, locked after guessing. */
@IntegrationTest
class TwoFactorTest {

    private static final Pattern SECRET = Pattern.compile("id=\"two-factor-secret\">([A-Z2-7 ]+)<");

    @LocalServerPort
    int port;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    TwoFactorEnrolments enrolments;
    @Autowired
    Clock clock;
    @Autowired
    WorkersHomeProperties properties;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void enrolledAccountsGiveACodeAfterThePasswordAndEachCodeWorksOnce() {
        String username = TestAccounts.uniqueUsername("totp");
        TestAccounts.createForestCadre(port, TestHttp.signedIn(port, "admin"), username);

        TestHttp first = TestHttp.signedIn(port, username);
        TestHttp.Response enrolPage = first.get("/login/two-factor");
        assertThat(enrolPage.status()).isEqualTo(200);
        assertThat(enrolPage.body()).contains("two-factor-qr").contains("启用两步验证");
        String secret = secretOf(enrolPage.body());

        TestHttp.Response wrong = code(first, "000000".equals(now(secret)) ? "111111" : "000000");
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("验证码不正确");
        assertThat(secretOf(wrong.body())).as("the same secret until confirmed").isEqualTo(secret);
        long id = TestAccounts.accountId(port, username);
        assertThat(enrolments.existsById(id)).isFalse();

        String enrolCode = now(secret);
        TestHttp.Response enrolled = code(first, enrolCode);
        assertThat(enrolled.status()).isEqualTo(302);
        assertThat(enrolled.header("Location")).endsWith("/me?twoFactor=on");
        assertThat(jdbc.queryForObject("select secret from account_two_factor where account_id = ?", String.class, id))
                .as("stored encrypted").isNotEqualTo(secret).doesNotContain(secret.replace(" ", ""));

        TestHttp second = TestHttp.browser(port);
        TestHttp.Response password = second.login(username, TestHttp.PASSWORD);
        assertThat(password.header("Location")).endsWith("/login/two-factor");
        TestHttp.Response held = second.get("/me");
        assertThat(held.status()).as("no page before the code").isEqualTo(302);
        assertThat(held.header("Location")).endsWith("/login/two-factor");
        assertThat(second.get("/login/two-factor").body()).doesNotContain("two-factor-qr");

        TestHttp.Response replay = code(second, enrolCode);
        assertThat(replay.status()).as("the code used for enrolment does not work twice").isEqualTo(200);
        assertThat(replay.body()).contains("验证码不正确或已使用");

        String next = twoFactor.codeAt(secret.replace(" ", ""), step() + 1);
        TestHttp.Response in = code(second, next);
        assertThat(in.status()).isEqualTo(302);
        assertThat(in.header("Location")).endsWith("/me");
        assertThat(second.get("/me").status()).isEqualTo(200);

        assertThat(jdbc.queryForList("select action from audit_log where target_type = 'Account' and target_id = ?",
                String.class, String.valueOf(id)))
                .contains("TWO_FACTOR_ENROL", "LOGIN_SECOND_FACTOR", "LOGIN_SECOND_FACTOR_FAILURE");

        TestHttp admin = TestHttp.signedIn(port, "admin");
        assertThat(admin.get("/accounts/" + id + "/edit").body()).contains("reset-two-factor");
        assertThat(admin.postForm("/accounts/" + id + "/reset-two-factor", Map.of()).status()).isEqualTo(302);
        assertThat(enrolments.existsById(id)).as("lost phone: enrols anew").isFalse();
        assertThat(TestHttp.browser(port).login(username, TestHttp.PASSWORD).header("Location"))
                .as("no longer asked, the test profile requiring it of no role").endsWith("/me");
    }

    @Test
    void guessingCodesLocksTheAccountLikeGuessingPasswords() {
        String username = TestAccounts.uniqueUsername("totpguess");
        TestAccounts.createForestCadre(port, TestHttp.signedIn(port, "admin"), username);
        TestHttp first = TestHttp.signedIn(port, username);
        String secret = secretOf(first.get("/login/two-factor").body());
        code(first, now(secret));

        TestHttp guesser = TestHttp.browser(port);
        guesser.login(username, TestHttp.PASSWORD);
        TestHttp.Response last = null;
        for (int i = 0; i < properties.security().maxFailedLogins(); i++) {
            last = code(guesser, String.format("%06d", 123450 + i));
        }
        assertThat(last.status()).isEqualTo(302);
        assertThat(last.header("Location")).endsWith("/login?error=locked");
        assertThat(guesser.get("/me").header("Location")).as("signed out").endsWith("/login");
        assertThat(TestHttp.browser(port).login(username, TestHttp.PASSWORD).header("Location"))
                .as("locked for the password too").endsWith("/login?error=locked");
        jdbc.update("update account set locked_until = null, failed_logins = 0 where username = ?", username);
    }

    @Test
    void tokensForEnrolledAccountsNeedTheCode() {
        String username = TestAccounts.uniqueUsername("totpapi");
        TestAccounts.createForestCadre(port, TestHttp.signedIn(port, "admin"), username);
        TestHttp web = TestHttp.signedIn(port, username);
        String secret = secretOf(web.get("/login/two-factor").body());
        code(web, now(secret));

        TestHttp.Response without = TestHttp.anonymousApi(port).postJson("/api/v1/auth/token",
                Map.of("username", username, "password", TestHttp.PASSWORD));
        assertThat(without.status()).isEqualTo(401);
        assertThat(without.json().get("code").asString()).isEqualTo("twoFactorRequired");

        TestHttp.Response with = TestHttp.anonymousApi(port).postJson("/api/v1/auth/token", Map.of("username", username,
                "password", TestHttp.PASSWORD, "code", twoFactor.codeAt(secret.replace(" ", ""), step() + 1)));
        assertThat(with.status()).as(with.body()).isEqualTo(200);
    }

    /** Posts a code with the CSRF token of the code page (every other page waits for the code). */
    private static TestHttp.Response code(TestHttp http, String code) {
        String page = http.get("/login/two-factor").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        return http.postForm("/login/two-factor", Map.of("code", code, "_csrf", csrf.group(1)));
    }

    private String now(String secret) {
        return twoFactor.codeAt(secret.replace(" ", ""), step());
    }

    private long step() {
        return clock.instant().getEpochSecond() / TwoFactor.PERIOD_SECONDS;
    }

    private static String secretOf(String page) {
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("secret on %s", page).isTrue();
        return m.group(1);
    }
}
