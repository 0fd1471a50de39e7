package org.workershome.suggestions.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.time.Times;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;
import org.workershome.support.Workbooks;

/** Submit → score → adopt → implement → benefit → reward → transfer through HTTP, in scope; bad input; the reminder. */
@IntegrationTest
class SuggestionWorkflowTest {

    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired SuggestionReminderJob job;

    static long submit(TestHttp worker, String title) {
        TestHttp.Response created = worker.postForm("/suggestions", Map.of("title", title, "problem", "问题" + title,
                "proposal", "措施" + title, "expectedBenefit", "每年节约电费", "teamMembers", "",
                "requestToken", UUID.randomUUID().toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return Long.parseLong(created.header("Location").replaceAll(".*/suggestions/(\\d+).*", "$1"));
    }

    static void adopt(TestHttp cadre, long id) {
        assertThat(cadre.postForm("/suggestions/" + id + "/score", Map.of("innovation", "8", "feasibility", "9",
                "benefit", "7")).status()).isEqualTo(302);
        assertThat(cadre.postForm("/suggestions/" + id + "/decision", Map.of("action", "ADOPT", "note", "采纳，尽快实施"))
                .status()).isEqualTo(302);
    }

    private String tomorrow() {
        return LocalDate.now(clock.withZone(Times.ZONE)).plusDays(1).toString();
    }

    @Test
    void aWorkersSuggestionIsEvaluatedImplementedAndCountedForHisUnit() {
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        String title = "林区巡护路线优化建议" + System.nanoTime();
        TestHttp.Response created = worker.postMultipart("/suggestions", Map.of("title", title, "problem", "巡护路线重复",
                "proposal", "按网格重新划分", "teamMembers", "李四、王五", "requestToken", UUID.randomUUID().toString()),
                "files", "route.png", PNG, "image/png");
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        long id = Long.parseLong(created.header("Location").replaceAll(".*/suggestions/(\\d+).*", "$1"));
        assertThat(worker.get("/suggestions/" + id).body()).contains(title).contains("待评审").contains("李四、王五")
                .contains("route.png");
        assertThat(worker.get("/me").body()).contains("id=\"my-suggestions\"").contains(title);
        Long file = jdbc.queryForObject("select id from attachment where target_type = 'suggestion' and target_id = ?",
                Long.class, id);
        assertThat(worker.get("/suggestions/" + id + "/attachments/" + file).bytes()).isEqualTo(PNG);
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").get("/suggestions/" + id + "/attachments/" + file).status())
                .isEqualTo(404);

        // scope: another province's cadre neither reads nor evaluates; a worker of another unit does not see it
        TestHttp qinghai = TestHttp.signedIn(port, "cadre.qinghai");
        assertThat(qinghai.get("/suggestions/" + id).status()).isEqualTo(404);
        assertThat(qinghai.postForm("/suggestions/" + id + "/score", Map.of("innovation", "5", "feasibility", "5",
                "benefit", "5")).status()).isEqualTo(404);
        assertThat(TestHttp.api(port, "cadre.qinghai").postJson("/api/v1/suggestions/" + id + "/decision",
                Map.of("action", "ADOPT")).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "rep.forest").get("/suggestions/" + id).status())
                .as("a colleague sees it once adopted, not before").isEqualTo(404);
        assertThat(worker.postForm("/suggestions/" + id + "/decision", Map.of("action", "ADOPT")).status()).isEqualTo(403);

        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        TestHttp.Response early = cadre.postForm("/suggestions/" + id + "/decision", Map.of("action", "ADOPT"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("至少需要 1 位评审打分后才能采纳");
        assertThat(cadre.postForm("/suggestions/" + id + "/score", Map.of("innovation", "11", "feasibility", "x",
                "benefit", "5")).body()).contains("每项评分应为 1 到 10 的整数");
        adopt(cadre, id);
        assertThat(TestHttp.signedIn(port, "rep.forest").get("/suggestions/adopted").body()).contains(title);
        assertThat(TestHttp.signedIn(port, "worker.station").get("/suggestions/adopted").body()).doesNotContain(title);

        assertThat(cadre.postForm("/suggestions/" + id + "/assign", Map.of("ownerName", "赵六", "dueOn", "2020-01-01"))
                .body()).contains("请填写今天或以后的实施期限");
        assertThat(cadre.postForm("/suggestions/" + id + "/assign", Map.of("ownerName", "赵六", "dueOn", tomorrow()))
                .status()).isEqualTo(302);
        TestHttp.Response bad = cadre.postForm("/suggestions/" + id + "/benefit", Map.of("moneySaved", "abc"));
        assertThat(bad.body()).contains("请填写不小于 0 的数字");
        assertThat(jdbc.queryForObject("select status from suggestions_suggestion where id = ?", String.class, id))
                .isEqualTo("IMPLEMENTING");
        assertThat(cadre.postForm("/suggestions/" + id + "/benefit", Map.of("moneySaved", "35000", "hoursSaved", "120",
                "emissionsCut", "4.5", "safetyGain", "")).status()).isEqualTo(302);
        assertThat(cadre.postForm("/suggestions/" + id + "/reward", Map.of("rewardAmount", "800", "rewardNote", "二等奖"))
                .status()).isEqualTo(302);
        assertThat(cadre.postForm("/suggestions/" + id + "/transfers", Map.of("kind", "METHOD", "reference", "网格巡护工作法",
                "transferredOn", tomorrow())).status()).isEqualTo(302);
        String page = worker.get("/suggestions/" + id).body();
        assertThat(page).contains("已实施").contains("35000.00").contains("800.00").contains("网格巡护工作法");

        var view = TestHttp.api(port, "worker.forest").get("/api/v1/suggestions/" + id).json();
        assertThat(view.get("status").asString()).isEqualTo("IMPLEMENTED");
        assertThat(view.get("meanScore").decimalValue()).isEqualByComparingTo("24.0");
        assertThat(cadre.get("/suggestions/ranking").body()).contains("伊春红星林场工会");
        assertThat(TestHttp.signedIn(port, "cadre.province").get("/suggestions/statistics").body())
                .contains("id=\"suggestion-stats-chart\"").contains("伊春红星林场工会");
        assertThat(Workbooks.text(cadre.get("/suggestions/export.xlsx").bytes())).contains(title).contains("已实施");
        assertThat(Workbooks.text(cadre.get("/suggestions/statistics.xlsx").bytes())).contains("伊春红星林场工会");
        assertThat(worker.get("/suggestions/statistics").status()).isEqualTo(403);
    }

    @Test
    void aSuggestionIsMergedIntoAnotherOfItsUnitAndTheApiTakesNewOnes() {
        TestHttp.Response created = TestHttp.api(port, "worker.forest").postJson("/api/v1/suggestions",
                Map.of("title", "接口建议" + System.nanoTime(), "problem", "p", "proposal", "q"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long one = created.json().get("id").asLong();
        long other = submit(TestHttp.signedIn(port, "rep.forest"), "同类建议" + System.nanoTime());
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        assertThat(cadre.postForm("/suggestions/" + one + "/decision", Map.of("action", "MERGE", "mergedIntoId",
                String.valueOf(one))).body()).contains("请填写要并入的同单位");
        assertThat(cadre.postForm("/suggestions/" + one + "/decision", Map.of("action", "MERGE", "mergedIntoId",
                String.valueOf(other))).status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select merged_into_id from suggestions_suggestion where id = ?", Long.class, one))
                .isEqualTo(other);
        TestHttp.Response empty = TestHttp.api(port, "worker.forest").postJson("/api/v1/suggestions", Map.of("title", ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(TestHttp.api(port, "cadre.forest").postJson("/api/v1/suggestions", Map.of("title", "t", "problem", "p",
                "proposal", "q")).status()).as("a cadre without a member record").isEqualTo(409);
    }

    @Test
    void anOverdueImplementationRemindsTheCommitteeOnceADay() {
        String title = "逾期提醒测试" + System.nanoTime();
        long id = submit(TestHttp.signedIn(port, "worker.forest"), title);
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        adopt(cadre, id);
        cadre.postForm("/suggestions/" + id + "/assign", Map.of("ownerName", "赵六", "dueOn", tomorrow()));
        try {
            job.checkAll();
            assertThat(inbox(cadre, title)).isZero();
            clock.advance(Duration.ofDays(3));
            job.checkAll();
            job.checkAll();
            assertThat(inbox(cadre, title)).isEqualTo(1);
            assertThat(inbox(TestHttp.signedIn(port, "worker.forest"), title)).as("the proposer too").isEqualTo(1);
            assertThat(cadre.get("/suggestions/" + id).body()).contains("id=\"overdue\"");
        } finally {
            clock.reset();
        }
    }

    private static long inbox(TestHttp who, String title) {
        String body = who.get("/notifications").body();
        return body.split(java.util.regex.Pattern.quote("建议实施已逾期：" + title), -1).length - 1;
    }
}
