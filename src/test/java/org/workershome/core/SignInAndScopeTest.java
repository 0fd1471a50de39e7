package org.workershome.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

@IntegrationTest
class SignInAndScopeTest {

    @LocalServerPort
    int port;

    @Test
    void workerSignsInAndSeesOwnMaskedProfile() {
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        TestHttp.Response me = worker.get("/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("伊春红星林场工会").containsPattern("\\d{6}\\*{8}\\d{3}[\\dX]");
    }

    @Test
    void badPasswordGetsNoTokenAndALocalisedProblem() {
        TestHttp.Response response = TestHttp.anonymousApi(port)
                .postJson("/api/v1/auth/token", Map.of("username", "cadre.forest", "password", "wrong-Pass1"));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isEqualTo("未登录或令牌无效。");
    }
}
