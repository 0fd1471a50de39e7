package org.workershome.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** Errors are localised and never leak internals: pages for people, problem+json for programs. */
@IntegrationTest
class ErrorResponsesTest {

    @LocalServerPort
    int port;

    @Test
    void unknownPageShowsTheLocalisedNotFoundPageWithoutStackTrace() {
        TestHttp.Response response = TestHttp.signedIn(port, "worker.forest")
                .getWithHeader("/no-such-page", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.body()).contains("页面不存在").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void lettersWhereANumberBelongsAreABadRequestPageNotAnError() {
        TestHttp.Response response = TestHttp.signedIn(port, "cadre.forest")
                .getWithHeader("/orgs/not-a-number", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void unknownApiPathIsAProblemNotFound() {
        TestHttp.Response response = TestHttp.api(port, "admin").get("/api/v1/no-such-resource");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).isEqualTo("请求的资源不存在。");
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void malformedJsonIsABadRequestProblemInChinese() {
        TestHttp.Response response = TestHttp.anonymousApi(port)
                .sendRaw("POST", "/api/v1/auth/token", "application/json", "{\"username\": ", Map.of());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isEqualTo("请求格式有误。");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("JSON parse");
    }

    @Test
    void malformedJsonIsABadRequestProblemInEnglishWhenAsked() {
        TestHttp.Response response = TestHttp.anonymousApi(port).sendRaw("POST", "/api/v1/auth/token",
                "application/json", "{\"username\": ", Map.of("Accept-Language", "en"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isEqualTo("The request is malformed.");
        assertThat(response.json().get("title").asString()).isEqualTo("Bad request");
    }
}
