package org.workershome.appeals;

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

import tools.jackson.databind.JsonNode;

@IntegrationTest
class AppealStatisticsTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private long orgOf(String username) {
        return jdbc.queryForObject("select org_id from account where username = ?", Long.class, username);
    }

    /** The forest farm's own row of the statistics, or null when the caller sees none. */
    private static JsonNode rowOf(JsonNode stats, long orgId) {
        for (JsonNode row : stats.get("orgs")) {
            if (row.get("orgId").asLong() == orgId) {
                return row;
            }
        }
        return null;
    }

    private static long of(JsonNode row, String field) {
        return row == null || row.get(field).isNull() ? 0 : row.get(field).asLong();
    }

    private static long wages(JsonNode row) {
        return row == null || !row.get("byCategory").has("WAGES") ? 0 : row.get("byCategory").get("WAGES").asLong();
    }

    private static double ratingSum(JsonNode row) {
        return row == null || row.get("averageRating").isNull() ? 0 : row.get("averageRating").asDouble() * of(row, "ratings");
    }

    @Test
    void statisticsCountASubmittedRepliedAndRatedAppealOfTheForestFarm() {
        long forest = orgOf("cadre.forest");
        TestHttp cadre = TestHttp.api(port, "cadre.forest");
        TestHttp worker = TestHttp.api(port, "rep.forest"); // not worker.forest: AppealApiTest expects no named appeal of his in the export
        JsonNode before = rowOf(cadre.get("/api/v1/appeals/stats?orgId=" + forest).json(), forest);

        Map<String, Object> body = new HashMap<>();
        body.put("category", "WAGES");
        body.put("title", "统计-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("content", "加班费未按规定发放。");
        TestHttp.Response submitted = worker.sendJson("POST", "/api/v1/appeals", body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String no = submitted.json().get("trackingNo").asString();
        JsonNode afterSubmit = rowOf(cadre.get("/api/v1/appeals/stats?orgId=" + forest).json(), forest);
        assertThat(of(afterSubmit, "total")).isEqualTo(of(before, "total") + 1);
        assertThat(wages(afterSubmit)).isEqualTo(wages(before) + 1);
        assertThat(of(afterSubmit, "open")).isEqualTo(of(before, "open") + 1);

        assertThat(AppealApiTest.act(cadre, no, "ACCEPT").status()).isEqualTo(200);
        assertThat(AppealApiTest.act(cadre, no, "REPLY", "note", "已督促补发加班费").status()).isEqualTo(200);
        assertThat(AppealApiTest.act(worker, no, "RATE", "rating", 4).status()).isEqualTo(200);

        JsonNode after = rowOf(cadre.get("/api/v1/appeals/stats?orgId=" + forest).json(), forest);
        assertThat(of(after, "total")).isEqualTo(of(before, "total") + 1);
        assertThat(of(after, "open")).isEqualTo(of(before, "open"));
        assertThat(of(after, "closed")).isEqualTo(of(before, "closed") + 1);
        assertThat(of(after, "replied")).isEqualTo(of(before, "replied") + 1);
        assertThat(of(after, "repliedOnTime")).isEqualTo(of(before, "repliedOnTime") + 1);
        assertThat(of(after, "ratings")).isEqualTo(of(before, "ratings") + 1);
        assertThat(ratingSum(after)).isCloseTo(ratingSum(before) + 4, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(after.get("orgName").asString()).isEqualTo(
                jdbc.queryForObject("select name from org where id = ?", String.class, forest));

        TestHttp.Response page = TestHttp.signedIn(port, "cadre.forest").get("/appeals/stats?orgId=" + forest);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(after.get("orgName").asString())
                .containsPattern("/webjars/echarts/[0-9.]+/dist/echarts.min.js").contains("data-chart=");
        TestHttp.Response excel = TestHttp.signedIn(port, "cadre.forest").get("/appeals/stats/export.xlsx");
        assertThat(excel.status()).isEqualTo(200);
        assertThat(excel.header("Content-Type")).startsWith("application/vnd.openxmlformats");
    }

    @Test
    void aCadreOfAnotherProvinceDoesNotSeeTheForestFarmFigures() {
        long forest = orgOf("cadre.forest");
        TestHttp worker = TestHttp.api(port, "rep.forest"); // not worker.forest: AppealApiTest expects no named appeal of his in the export
        Map<String, Object> body = new HashMap<>();
        body.put("category", "SAFETY");
        body.put("title", "统计范围-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("content", "护林站缺少防火装备。");
        assertThat(worker.sendJson("POST", "/api/v1/appeals", body, Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .status()).isEqualTo(201);
        TestHttp province = TestHttp.api(port, "cadre.province");
        assertThat(rowOf(province.get("/api/v1/appeals/stats").json(), forest)).as("the province above sees it").isNotNull();

        TestHttp stranger = TestHttp.api(port, "cadre.station");
        JsonNode all = stranger.get("/api/v1/appeals/stats").json();
        assertThat(rowOf(all, forest)).isNull();
        JsonNode asked = stranger.get("/api/v1/appeals/stats?orgId=" + forest).json();
        assertThat(asked.get("orgs").size()).isZero();
        assertThat(asked.get("total").get("total").asLong()).isZero();
        String forestName = jdbc.queryForObject("select name from org where id = ?", String.class, forest);
        assertThat(TestHttp.signedIn(port, "cadre.station").get("/appeals/stats").body()).doesNotContain(forestName);
    }

    @Test
    void aWorkerIsRefusedTheStatistics() {
        assertThat(TestHttp.api(port, "worker.forest").get("/api/v1/appeals/stats").status()).isEqualTo(403);
        TestHttp browser = TestHttp.signedIn(port, "worker.forest");
        assertThat(browser.get("/appeals/stats").status()).isEqualTo(403);
        assertThat(browser.get("/appeals/stats/export.xlsx").status()).isEqualTo(403);
    }
}
