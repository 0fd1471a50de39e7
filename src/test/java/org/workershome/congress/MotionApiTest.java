package org.workershome.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class MotionApiTest {

    @LocalServerPort int port;
    @Autowired CongressFixture fixture;

    private static Map<String, Object> motion(String title) {
        return Map.of("title", title, "reason", "巡护员野外补贴多年未调整。", "proposal", "建议提高补贴标准。");
    }

    private static TestHttp.Response act(TestHttp who, long id, String action, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return who.postJson("/api/v1/motions/" + id + "/actions", body);
    }

    @Test
    void aMotionGoesThroughItsLifecycleWithATimeline() {
        TestHttp rep = TestHttp.api(port, "rep.forest");
        String key = UUID.randomUUID().toString();
        String title = "关于增设林区卫生所的提案" + System.nanoTime();
        TestHttp.Response created = rep.sendJson("POST", "/api/v1/motions", motion(title), Map.of("Idempotency-Key", key));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        TestHttp.Response replay = rep.sendJson("POST", "/api/v1/motions", motion(title), Map.of("Idempotency-Key", key));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("id").asLong()).isEqualTo(id);

        TestHttp cadre = TestHttp.api(port, "cadre.forest");
        // two co-signers are required before the committee may register it
        assertThat(act(cadre, id, "REGISTER").status()).isEqualTo(409);
        assertThat(rep.postJson("/api/v1/motions/" + id + "/cosign", Map.of()).status()).as("own motion").isEqualTo(409);
        var roster = fixture.quorateSitting().roster();
        for (int i = 1; i <= 2; i++) {
            String username = fixture.accountFor(roster.get(i));
            var motions = fixture.motions;
            fixture.as(username, () -> motions.cosign(fixture.user(username), id));
        }
        assertThat(TestHttp.api(port, "worker.forest").postJson("/api/v1/motions/" + id + "/cosign", Map.of()).status())
                .as("not a representative").isEqualTo(403);
        assertThat(act(rep, id, "REGISTER").status()).as("the proposer is not the committee").isEqualTo(403);
        assertThat(act(cadre, id, "REGISTER").status()).isEqualTo(200);
        assertThat(act(cadre, id, "REPLY", "note", "太早").status()).isEqualTo(403);
        Long forest = fixture.user("cadre.forest").orgId();
        assertThat(act(cadre, id, "ASSIGN", "handlerOrgId", forest, "dueOn", LocalDate.now().plusDays(30).toString()).status())
                .isEqualTo(200);
        assertThat(act(TestHttp.api(port, "cadre.station"), id, "REPLY", "note", "越权答复").status()).isIn(403, 404);
        assertThat(act(cadre, id, "REPLY", "note", "已列入明年预算。").status()).isEqualTo(200);
        assertThat(act(TestHttp.api(port, "worker.forest"), id, "RATE", "satisfaction", "SATISFIED").status()).isEqualTo(403);
        TestHttp.Response rated = act(rep, id, "RATE", "satisfaction", "BASICALLY_SATISFIED");
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        JsonNode view = rated.json();
        assertThat(view.get("status").asString()).isEqualTo("CLOSED");
        assertThat(view.get("cosigners").size()).isEqualTo(2);
        assertThat(view.get("timeline").toString()).contains("SUBMIT", "COSIGN", "REGISTER", "ASSIGN", "REPLY", "RATE");

        // the public list: every worker of the farm sees it with its status, the weather station does not
        assertThat(TestHttp.api(port, "worker.forest").get("/api/v1/motions").body()).contains(title);
        assertThat(TestHttp.api(port, "worker.station").get("/api/v1/motions").body()).doesNotContain(title);
        assertThat(TestHttp.api(port, "worker.station").get("/api/v1/motions/" + id).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/congress/motions").body()).contains(title, "已办结");
    }

    @Test
    void declineNeedsAReasonAndOnlyRepresentativesSubmit() {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        assertThat(worker.postJson("/api/v1/motions", motion("非代表的提案")).status()).isIn(403, 409);
        TestHttp rep = TestHttp.api(port, "rep.forest");
        long id = rep.postJson("/api/v1/motions", motion("关于食堂的提案" + System.nanoTime())).json().get("id").asLong();
        TestHttp cadre = TestHttp.api(port, "cadre.forest");
        assertThat(act(cadre, id, "DECLINE").status()).isEqualTo(400);
        TestHttp.Response declined = act(cadre, id, "DECLINE", "note", "属于日常管理事项，转职能部门办理。");
        assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
        assertThat(act(cadre, id, "REGISTER").status()).isEqualTo(409);
    }
}
