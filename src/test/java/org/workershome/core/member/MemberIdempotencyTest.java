package org.workershome.core.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.crypto.FieldEncryptor;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

@IntegrationTest
class MemberIdempotencyTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired FieldEncryptor encryptor;

    private long registered(String idNumber) {
        return jdbc.queryForObject("select count(*) from member where id_number_hash = ?", Long.class,
                encryptor.blindIndex(idNumber));
    }

    @Test
    void apiRetryWithTheSameKeyRegistersOnceAndAnswersTheSameMember() {
        TestHttp cadre = TestHttp.api(port, "cadre.forest");
        String id = MemberFixtures.idNumber("230718");
        Map<String, Object> draft = MemberFixtures.draft(MemberFixtures.orgId(jdbc, MemberFixtures.FOREST),
                MemberFixtures.uniqueName("重"), id);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        var first = cadre.sendJson("POST", "/api/v1/members", draft, key);
        var retry = cadre.sendJson("POST", "/api/v1/members", draft, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).as("a retry is not refused as a duplicate ID number").isEqualTo(201);
        assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(registered(id)).isEqualTo(1);
    }

    @Test
    void registerFormResubmittedWithTheSameTokenRegistersOnce() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        String id = MemberFixtures.idNumber("230718");
        Map<String, String> form = Map.of("orgId", String.valueOf(MemberFixtures.orgId(jdbc, MemberFixtures.FOREST)),
                "name", MemberFixtures.uniqueName("表"), "idNumber", id, "phone", MemberFixtures.phone(),
                "requestToken", UUID.randomUUID().toString());
        var first = cadre.postForm("/members", form);
        var retry = cadre.postForm("/members", form);
        assertThat(first.status()).isEqualTo(302);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(registered(id)).isEqualTo(1);
    }
}
