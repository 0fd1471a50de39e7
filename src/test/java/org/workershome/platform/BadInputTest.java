package org.workershome.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/**
 * What people and programs get wrong — letters for ids, numbers too long for any id, unknown states, the wrong
 * method or body — is answered with a localised 4xx page or problem+json, never a 500 or the server's internals.
 */
@IntegrationTest
class BadInputTest {

    private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Test
    void idsThatCannotBeIdsAreLocalisedClientErrorPages() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        for (String path : new String[] {"/appeals/abc", "/members/99999999999999999999", "/members/abc/edit",
                "/hardship/files/1.5", "/congress/ballots/-1", "/articles/abc", "/orgs/%20"}) {
            TestHttp.Response response = cadre.getWithHeader(path, "Accept", HTML);
            assertThat(response.status()).as(path).isBetween(400, 404);
            assertWholePage(path, response, "zh-CN");
        }
    }

    @Test
    void unknownStatesInFiltersAreNoServerError() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        for (String path : new String[] {"/appeals?status=NOPE", "/hardship?status=NOPE&page=abc",
                "/members?status=NOPE&orgId=x", "/audit-log?from=notadate", "/calendar?year=abc&month=13"}) {
            TestHttp.Response response = cadre.getWithHeader(path, "Accept", HTML);
            assertThat(response.status()).as(path).isLessThan(500);
            assertWholePage(path, response, "zh-CN");
        }
    }

    @Test
    void theWrongMethodIsALocalisedPageInTheUsersLanguage() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        TestHttp.Response chinese = cadre.getWithHeader("/orgs/3/close", "Accept", HTML);
        assertThat(chinese.status()).isEqualTo(405);
        assertWholePage("/orgs/3/close", chinese, "zh-CN");
        assertThat(chinese.body()).contains("请求有误");

        cadre.get("/me?lang=en");
        TestHttp.Response english = cadre.getWithHeader("/orgs/3/close", "Accept", HTML);
        assertThat(english.status()).isEqualTo(405);
        assertWholePage("/orgs/3/close", english, "en");
        assertThat(english.body()).contains("Bad request");
    }

    @Test
    void idsThatCannotBeIdsAreProblemsInTheApi() {
        TestHttp api = TestHttp.api(port, "cadre.forest");
        for (String path : new String[] {"/api/v1/appeals/xyz", "/api/v1/members/99999999999999999999",
                "/api/v1/hardship-files/abc", "/api/v1/orgs/1.5"}) {
            TestHttp.Response response = api.get(path);
            assertThat(response.status()).as(path).isBetween(400, 404);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(response.body()).as(path).doesNotContain("Exception");
        }
    }

    @Test
    void aPlainBodyWhereAFileBelongsIsABadRequest() {
        TestHttp api = TestHttp.api(port, "cadre.forest");
        TestHttp.Response response = api.sendRaw("POST", "/api/v1/hardship-files/1/attachments", "application/json",
                "{}", Map.of("Accept-Language", "en"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isEqualTo("The request is malformed.");

        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        TestHttp.Response page = cadre.postForm("/hardship/files/1/attachments", Map.of("visitId", "1"));
        assertThat(page.status()).isLessThan(500);
        assertThat(page.body()).doesNotContain("Exception");
    }

    private static void assertWholePage(String path, TestHttp.Response response, String lang) {
        assertThat(response.header("Content-Type")).as(path).startsWith("text/html");
        assertThat(response.body()).as(path).contains("<html lang=\"" + lang + "\"")
                .doesNotContain("??").doesNotContain("Exception").doesNotContain("Whitelabel").doesNotContain("at org.");
    }
}
