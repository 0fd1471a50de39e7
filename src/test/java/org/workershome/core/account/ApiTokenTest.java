package org.workershome.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

@IntegrationTest
class ApiTokenTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Test
    void tokenWorksUntilItsOwnerRevokesIt() {
        String token = issue("cadre.province", TestHttp.PASSWORD);
        TestHttp client = TestHttp.anonymousApi(port).withBearer(token);
        assertThat(client.get("/api/v1/orgs").status()).isEqualTo(200);
        assertThat(client.delete("/api/v1/auth/token").status()).isEqualTo(204);
        assertThat(client.get("/api/v1/orgs").status()).isEqualTo(401);
    }

    @Test
    void expiredTokenIsRefused() {
        String username = TestAccounts.uniqueUsername("expired");
        long id = TestAccounts.createForestCadre(port, TestHttp.signedIn(port, "admin"), username);
        TestHttp client = TestHttp.anonymousApi(port).withBearer(issue(username, TestHttp.PASSWORD));
        assertThat(client.get("/api/v1/orgs").status()).isEqualTo(200); // now also remembered as checked
        try {
            clock.advance(Duration.ofHours(12).plusMinutes(1));
            TestHttp.Response expired = client.get("/api/v1/orgs");
            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.json().get("code").asString()).isEqualTo("unauthorized");
        } finally {
            clock.reset();
        }
        assertThat(jdbc.queryForObject("select count(*) from api_token where account_id = ?", Long.class, id)).isEqualTo(1);
    }

    @Test
    void adminRevokingAllTokensOfAnAccountLocksItsClientsOut() {
        TestHttp admin = TestHttp.signedIn(port, "admin");
        String username = TestAccounts.uniqueUsername("revoke");
        long id = TestAccounts.createForestCadre(port, admin, username);
        TestHttp client = TestHttp.anonymousApi(port).withBearer(issue(username, TestHttp.PASSWORD));
        assertThat(client.get("/api/v1/orgs").status()).isEqualTo(200);
        assertThat(admin.postForm("/accounts/" + id + "/revoke-tokens", Map.of()).status()).isEqualTo(302);
        assertThat(client.get("/api/v1/orgs").status()).isEqualTo(401);
    }

    @Test
    void lockingAnAccountStopsItsRecentlyUsedTokensAtOnce() {
        String username = TestAccounts.uniqueUsername("locked");
        TestAccounts.createForestCadre(port, TestHttp.signedIn(port, "admin"), username);
        TestHttp client = TestHttp.anonymousApi(port).withBearer(issue(username, TestHttp.PASSWORD));
        assertThat(client.get("/api/v1/orgs").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(TestHttp.anonymousApi(port)
                    .postJson("/api/v1/auth/token", Map.of("username", username, "password", "wrong-" + i)).status())
                    .isEqualTo(401);
        }
        assertThat(client.get("/api/v1/orgs").status()).isEqualTo(401);
    }

    @Test
    void tokenTableKeepsOnlyTheHashOfEachToken() {
        String token = issue("cadre.forest", TestHttp.PASSWORD);
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class, token)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class,
                ApiTokenService.hash(token))).isEqualTo(1);
        assertThat(jdbc.queryForList("select token_hash from api_token", String.class)).doesNotContain(token);
    }

    private String issue(String username, String password) {
        TestHttp.Response response = TestHttp.anonymousApi(port)
                .postJson("/api/v1/auth/token", Map.of("username", username, "password", password));
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("token").asString();
    }
}
