package org.workershome.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

@IntegrationTest
class LockoutTest {

    private static final String USER = "worker.station";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sixWrongPasswordsLockTheAccountForFormAndTokenUntilAnAdminUnlocksIt() {
        long id = TestAccounts.accountId(port, USER);
        int failuresBefore = auditCount("LOGIN_FAILURE");
        TestHttp browser = TestHttp.browser(port);
        try {
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(browser.login(USER, "Wrong#Pass" + attempt).header("Location"))
                        .as("attempt " + attempt).endsWith("/login?error=bad");
            }
            assertThat(browser.login(USER, "Wrong#Pass6").header("Location")).endsWith("/login?error=locked");
            assertThat(browser.login(USER, TestHttp.PASSWORD).header("Location")).endsWith("/login?error=locked");
            assertThat(browser.get("/login?error=locked").body()).contains("账号已锁定");

            TestHttp.Response token = TestHttp.anonymousApi(port)
                    .postJson("/api/v1/auth/token", Map.of("username", USER, "password", TestHttp.PASSWORD));
            assertThat(token.status()).isEqualTo(401);
            assertThat(token.json().get("code").asString()).isEqualTo("accountLocked");

            assertThat(auditCount("LOGIN_FAILURE")).isGreaterThanOrEqualTo(failuresBefore + 5);
            assertThat(auditCount("LOGIN_LOCKED")).isGreaterThanOrEqualTo(1);
        } finally {
            TestHttp.Response unlock = TestHttp.api(port, "admin").postJson("/api/v1/accounts/" + id + "/unlock", null);
            assertThat(unlock.status()).isEqualTo(200);
            assertThat(unlock.json().get("locked").asBoolean()).isFalse();
        }
        assertThat(TestHttp.browser(port).login(USER, TestHttp.PASSWORD).header("Location")).endsWith("/me");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'ACCOUNT_UNLOCK' and target_id = ?",
                Integer.class, String.valueOf(id))).isGreaterThanOrEqualTo(1);
    }

    private int auditCount(String action) {
        return jdbc.queryForObject("select count(*) from audit_log where username = ? and action = ?", Integer.class,
                USER, action);
    }
}
