package org.workershome.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

@IntegrationTest
class AccountAdministrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FindByIndexNameSessionRepository<?> sessions;

    @Test
    void weakInitialPasswordIsRefusedOnTheFormAndNothingIsCreated() {
        TestHttp admin = TestHttp.signedIn(port, "admin");
        String username = TestAccounts.uniqueUsername("weak");
        TestHttp.Response response = admin.postForm("/accounts", TestAccounts.form(username,
                TestAccounts.orgId(port, "伊春红星林场工会"), "WORKER", "SELF", "abcdefg1"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("field-error").contains("密码至少 8 位");
        assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, username)).isZero();
    }

    @Test
    void theNewAccountFormSentTwiceWithItsTokenCreatesOneAccount() {
        TestHttp admin = TestHttp.signedIn(port, "admin");
        String token = admin.get("/accounts/new").body()
                .replaceAll("(?s).*name=\"requestToken\" value=\"([^\"]+)\".*", "$1");
        assertThat(token).hasSizeBetween(8, 100).doesNotContain("<");
        String username = TestAccounts.uniqueUsername("twice");
        Map<String, String> form = new java.util.HashMap<>(TestAccounts.form(username,
                TestAccounts.orgId(port, "伊春红星林场工会"), "CADRE", "ORG_AND_SUBTREE", TestHttp.PASSWORD));
        form.put("requestToken", token);

        TestHttp.Response first = admin.postForm("/accounts", form);
        TestHttp.Response again = admin.postForm("/accounts", form);

        assertThat(first.status()).as(first.body()).isEqualTo(302);
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, username)).isOne();
    }

    @Test
    void accountWithAGoodPasswordCanSignIn() {
        TestHttp admin = TestHttp.signedIn(port, "admin");
        String username = TestAccounts.uniqueUsername("good");
        TestAccounts.createForestCadre(port, admin, username);
        TestHttp.Response login = TestHttp.browser(port).login(username, TestHttp.PASSWORD);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).endsWith("/me");
        assertThat(admin.get("/accounts?q=" + username).body()).contains(username).contains("伊春红星林场工会");
        TestHttp.Response rows = admin.getWithHeader("/accounts?q=" + username, "HX-Request", "true");
        assertThat(rows.body()).contains(username).doesNotContain("<html").doesNotContain("worker.station");
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndRevokesItsTokens() {
        TestHttp admin = TestHttp.signedIn(port, "admin");
        String username = TestAccounts.uniqueUsername("disable");
        long id = TestAccounts.createForestCadre(port, admin, username);
        TestHttp user = TestHttp.signedIn(port, username);
        TestHttp mobile = TestHttp.api(port, username);
        assertThat(user.get("/orgs").status()).isEqualTo(200);
        assertThat(mobile.get("/api/v1/orgs").status()).isEqualTo(200);

        TestHttp.Response disable = admin.postForm("/accounts/" + id + "/edit", Map.of(
                "orgId", String.valueOf(TestAccounts.orgId(port, "伊春红星林场工会")), "roles", "CADRE",
                "dataScope", "ORG_AND_SUBTREE", "email", ""));
        assertThat(disable.status()).as(disable.body()).isEqualTo(302);

        TestHttp.Response after = user.get("/orgs");
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.header("Location")).contains("/login");
        assertThat(mobile.get("/api/v1/orgs").status()).isEqualTo(401);
        assertThat(TestHttp.browser(port).login(username, TestHttp.PASSWORD).header("Location")).endsWith("error=disabled");
        assertThat(audited("ACCOUNT_DISABLE", id)).isEqualTo(1);
        assertThat(audited("ACCOUNT_UPDATE", id)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void changingRolesEndsTheSessionSoNewPowersApplyAtOnce() {
        TestHttp admin = TestHttp.signedIn(port, "admin");
        String username = TestAccounts.uniqueUsername("roles");
        long id = TestAccounts.createForestCadre(port, admin, username);
        TestHttp user = TestHttp.signedIn(port, username);
        assertThat(sessions.findByPrincipalName(username)).hasSize(1);

        admin.postForm("/accounts/" + id + "/edit", Map.of(
                "orgId", String.valueOf(TestAccounts.orgId(port, "伊春红星林场工会")), "roles", "EDITOR",
                "dataScope", "ORG", "email", "", "enabled", "true"));

        assertThat(sessions.findByPrincipalName(username)).isEmpty();
        assertThat(user.get("/orgs").status()).isEqualTo(302);
        TestHttp again = TestHttp.signedIn(port, username);
        assertThat(again.get("/orgs").status()).isEqualTo(403);
    }

    @Test
    void adminResetsAPasswordWithThePolicyAndTheOldOneStopsWorking() {
        TestHttp admin = TestHttp.signedIn(port, "admin");
        String username = TestAccounts.uniqueUsername("reset");
        long id = TestAccounts.createForestCadre(port, admin, username);

        TestHttp.Response weak = admin.postForm("/accounts/" + id + "/reset-password", Map.of("password", "short1A"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("密码至少 8 位");

        assertThat(admin.postForm("/accounts/" + id + "/reset-password", Map.of("password", "Neu#Pass2026")).status())
                .isEqualTo(302);
        assertThat(TestHttp.browser(port).login(username, TestHttp.PASSWORD).header("Location")).endsWith("error=bad");
        assertThat(TestHttp.browser(port).login(username, "Neu#Pass2026").header("Location")).endsWith("/me");
        assertThat(audited("ACCOUNT_PASSWORD_RESET", id)).isEqualTo(1);
    }

    @Test
    void userChangesOwnPasswordOnlyWithTheCurrentOneAndAStrongNewOne() {
        TestHttp admin = TestHttp.signedIn(port, "admin");
        String username = TestAccounts.uniqueUsername("own");
        TestAccounts.createForestCadre(port, admin, username);
        TestHttp user = TestHttp.signedIn(port, username);
        assertThat(user.get("/account/password").status()).isEqualTo(200);

        TestHttp.Response wrong = user.postForm("/account/password", Map.of("currentPassword", "Nope#2026",
                "newPassword", "Mein#Pass2026", "repeatPassword", "Mein#Pass2026"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("当前密码不正确");

        TestHttp.Response weak = user.postForm("/account/password", Map.of("currentPassword", TestHttp.PASSWORD,
                "newPassword", "weakpass", "repeatPassword", "weakpass"));
        assertThat(weak.body()).contains("密码至少 8 位");

        TestHttp.Response ok = user.postForm("/account/password", Map.of("currentPassword", TestHttp.PASSWORD,
                "newPassword", "Mein#Pass2026", "repeatPassword", "Mein#Pass2026"));
        assertThat(ok.status()).isEqualTo(302);
        assertThat(TestHttp.browser(port).login(username, "Mein#Pass2026").header("Location")).endsWith("/me");
    }

    @Test
    void workerChangesOwnPasswordThoughTheirScopeIsSelfOnly() {
        TestHttp admin = TestHttp.signedIn(port, "admin");
        String username = TestAccounts.uniqueUsername("self");
        TestHttp.Response created = admin.postForm("/accounts", TestAccounts.form(username,
                TestAccounts.orgId(port, "伊春红星林场工会"), "WORKER", "SELF", TestHttp.PASSWORD));
        assertThat(created.status()).isEqualTo(302);
        TestHttp user = TestHttp.signedIn(port, username);
        TestHttp.Response ok = user.postForm("/account/password", Map.of("currentPassword", TestHttp.PASSWORD,
                "newPassword", "Mein#Pass2026", "repeatPassword", "Mein#Pass2026"));
        assertThat(ok.status()).isEqualTo(302);
        assertThat(TestHttp.browser(port).login(username, "Mein#Pass2026").header("Location")).endsWith("/me");
    }

    @Test
    void accountPagesAreForAdministratorsOnly() {
        assertThat(TestHttp.signedIn(port, "cadre.province").get("/accounts").status()).isEqualTo(403);
        assertThat(TestHttp.api(port, "cadre.province").get("/api/v1/accounts").status()).isEqualTo(403);
    }

    @Test
    void sessionsTimeOutAfterThirtyMinutes() {
        assertThat(sessions.createSession().getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
        TestHttp.signedIn(port, "cadre.forest");
        assertThat(jdbc.queryForList("select max_inactive_interval from spring_session where principal_name = ?",
                Integer.class, "cadre.forest")).isNotEmpty().allMatch(seconds -> seconds == 1800);
    }

    private int audited(String action, long accountId) {
        return jdbc.queryForObject("select count(*) from audit_log where action = ? and target_id = ?", Integer.class,
                action, String.valueOf(accountId));
    }
}
