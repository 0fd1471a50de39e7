package org.workershome.core.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

@IntegrationTest
class OrgIdempotencyTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private long parentId() {
        return jdbc.queryForObject("select id from org where name = '伊春红星林场工会'", Long.class);
    }

    private long countNamed(String name) {
        return jdbc.queryForObject("select count(*) from org where name = ?", Long.class, name);
    }

    @Test
    void apiRetryWithTheSameKeyCreatesOneOrg() {
        TestHttp api = TestHttp.api(port, "cadre.forest");
        String key = UUID.randomUUID().toString();
        String name = "重试班组工会-" + key.substring(0, 6);
        Map<String, Object> body = Map.of("parentId", parentId(), "name", name, "type", "GRASSROOTS");
        var first = api.sendJson("POST", "/api/v1/orgs", body, Map.of("Idempotency-Key", key));
        var second = api.sendJson("POST", "/api/v1/orgs", body, Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(countNamed(name)).isEqualTo(1);
    }

    @Test
    void formResubmittedWithTheSameRequestTokenCreatesOneOrg() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        String token = UUID.randomUUID().toString();
        String name = "表单重试工会-" + token.substring(0, 6);
        Map<String, String> form = Map.of("parentId", String.valueOf(parentId()), "name", name, "type", "GRASSROOTS",
                "requestToken", token);
        var first = cadre.postForm("/orgs", form);
        var second = cadre.postForm("/orgs", form);
        assertThat(first.status()).isEqualTo(302);
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(countNamed(name)).isEqualTo(1);
    }
}
