package org.workershome.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;
import org.workershome.support.Workbooks;

import tools.jackson.databind.JsonNode;

/**
 * The statistics page, the Excel exports and the API of disputes, warnings and risks: scoped like the pages (a cadre
 * of another province sees none of the forest farm's and gets 404 for its dispute), the worker's name masked in
 * every list, workers refused.
 */
@IntegrationTest
class RelationsReportsTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private long register(TestHttp cadre, String worker) {
        long forest = RelationsFixtures.orgId(jdbc, "伊春红星林场工会");
        cadre.get("/relations/disputes/new");
        TestHttp.Response created = cadre.postForm("/relations/disputes", new HashMap<>(Map.of("orgId",
                String.valueOf(forest), "workerParty", worker, "employerParty", "伊春红星林场", "cause", "SOCIAL_INSURANCE",
                "source", "WALK_IN", "claims", "补缴社会保险。", "amount", "5000", "requestToken",
                UUID.randomUUID().toString())));
        assertThat(created.status()).isEqualTo(302);
        return Long.parseLong(created.header("Location").replaceAll(".*/", ""));
    }

    @Test
    void statisticsExportsAndApiAreScopedAndMaskTheWorker() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        String worker = "钱" + UUID.randomUUID().toString().substring(0, 5);
        long id = register(cadre, worker);

        TestHttp.Response stats = cadre.get("/relations/statistics");
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.body()).contains("劳动关系统计").contains("id=\"cause-table\"").contains("社会保险")
                .contains("调解成功率").contains("class=\"card bar-chart\"").contains("/js/bar-chart")
                .contains("id=\"warning-table\"").contains("黄色预警");
        TestHttp qinghai = TestHttp.signedIn(port, "cadre.qinghai");
        assertThat(qinghai.get("/relations/statistics").body()).doesNotContain("社会保险</td>");

        TestHttp.Response export = cadre.get("/relations/disputes/export.xlsx");
        assertThat(export.status()).isEqualTo(200);
        String sheet = Workbooks.text(export.bytes());
        assertThat(sheet).contains(worker.substring(0, 1) + "*").doesNotContain(worker).contains("伊春红星林场");
        assertThat(Workbooks.text(qinghai.get("/relations/disputes/export.xlsx").bytes())).doesNotContain("伊春红星林场工会");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'RELATIONS_DISPUTE_EXPORT'",
                Long.class)).isPositive();
        String warnings = Workbooks.text(cadre.get("/relations/warnings/export.xlsx").bytes());
        assertThat(warnings).contains("伊春红星林场工会").contains("黄色预警");
        assertThat(Workbooks.text(qinghai.get("/relations/warnings/export.xlsx").bytes())).doesNotContain("伊春红星林场工会");

        TestHttp api = TestHttp.api(port, "cadre.forest");
        JsonNode list = api.get("/api/v1/relations/disputes").json();
        JsonNode mine = null;
        for (JsonNode d : list) {
            if (d.get("id").asLong() == id) {
                mine = d;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("workerParty").asText()).isEqualTo(worker.substring(0, 1) + "*".repeat(worker.length() - 1));
        JsonNode detail = api.get("/api/v1/relations/disputes/" + id).json();
        assertThat(detail.get("dispute").get("workerParty").asText()).isEqualTo(worker);
        assertThat(detail.get("claims").asText()).isEqualTo("补缴社会保险。");
        assertThat(api.get("/api/v1/relations/warnings").body()).contains("伊春红星林场工会");
        assertThat(api.get("/api/v1/relations/risks").body()).contains("伊春红星林场工会").contains("YELLOW");
        assertThat(api.get("/api/v1/relations/statistics").json().get("total").get("total").asLong()).isPositive();

        TestHttp qinghaiApi = TestHttp.api(port, "cadre.qinghai");
        assertThat(qinghaiApi.get("/api/v1/relations/disputes/" + id).status()).isEqualTo(404);
        assertThat(qinghaiApi.get("/api/v1/relations/disputes").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(qinghaiApi.get("/api/v1/relations/risks").body()).doesNotContain("伊春红星林场工会");
        assertThat(qinghai.get("/relations/disputes/" + id).status()).isEqualTo(404);

        TestHttp workerApi = TestHttp.api(port, "worker.forest");
        assertThat(workerApi.get("/api/v1/relations/disputes").status()).isEqualTo(403);
        assertThat(workerApi.get("/api/v1/relations/warnings").status()).isEqualTo(403);
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/relations/statistics").status()).isEqualTo(403);
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/relations/disputes/export.xlsx").status()).isEqualTo(403);
    }
}
