package org.workershome.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** The platform-wide protections that no module may lose. */
@IntegrationTest
class SecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void formPostWithoutCsrfTokenIsRefused() {
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        TestHttp.Response response = worker.sendRaw("POST", "/logout", "application/x-www-form-urlencoded", "", Map.of());
        assertThat(response.status()).isEqualTo(403);
        assertThat(worker.get("/me").status()).as("still signed in").isEqualTo(200);
    }

    @Test
    void pagesCarrySecurityHeaders() {
        TestHttp.Response response = TestHttp.browser(port).get("/login");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void healthIsPublicAndShowsOnlyTheStatus() {
        TestHttp.Response response = TestHttp.browser(port).get("/actuator/health");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
        assertThat(response.json().has("components")).as("no components").isFalse();
        assertThat(response.json().has("details")).as("no details").isFalse();
        assertThat(response.body()).doesNotContain("db").doesNotContain("diskSpace");
    }

    @Test
    void metricsAndApiDocsAreForAdminsOnly() {
        TestHttp anonymous = TestHttp.browser(port);
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        TestHttp admin = TestHttp.signedIn(port, "admin");
        for (String path : List.of("/actuator/prometheus", "/v3/api-docs")) {
            TestHttp.Response anonymousResponse = anonymous.get(path);
            assertThat(anonymousResponse.status()).as("anonymous " + path).isIn(302, 401);
            if (anonymousResponse.status() == 302) {
                assertThat(anonymousResponse.header("Location")).as(path).endsWith("/login");
            }
            assertThat(cadre.get(path).status()).as("cadre " + path).isEqualTo(403);
            assertThat(admin.get(path).status()).as("admin " + path).isEqualTo(200);
        }
        assertThat(admin.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(admin.get("/v3/api-docs").body()).contains("\"openapi\"");
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        List<String> hashes = jdbc.queryForList("select password_hash from account", String.class);
        assertThat(hashes).isNotEmpty()
                .allSatisfy(hash -> assertThat(hash).matches("\\{bcrypt}\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}"));
        assertThat(jdbc.queryForObject("select count(*) from account where password_hash like ?", Integer.class,
                "%" + TestHttp.PASSWORD + "%")).isZero();
    }
}
