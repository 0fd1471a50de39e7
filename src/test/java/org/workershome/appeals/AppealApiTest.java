package org.workershome.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.account.TestAccounts;
import org.workershome.core.scope.Scopes;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class AppealApiTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired AppealDeadlineJob job;

    static Map<String, Object> appeal(String title, boolean anonymous) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "WAGES");
        body.put("title", title);
        body.put("content", "三个月工资没有发放，请工会帮助协调。");
        body.put("anonymous", anonymous);
        return body;
    }

    private JsonNode submit(TestHttp worker, String title, boolean anonymous) {
        TestHttp.Response response = worker.sendJson("POST", "/api/v1/appeals", appeal(title, anonymous),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    static TestHttp.Response act(TestHttp who, String trackingNo, String action, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return who.postJson("/api/v1/appeals/" + trackingNo + "/actions", body);
    }

    @Test
    void workerSubmitsWithATrackingNumberAndTheSameKeyReturnsTheSameAppeal() {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        String key = UUID.randomUUID().toString();
        TestHttp.Response first = worker.sendJson("POST", "/api/v1/appeals", appeal("工资拖欠", false), Map.of("Idempotency-Key", key));
        TestHttp.Response again = worker.sendJson("POST", "/api/v1/appeals", appeal("工资拖欠", false), Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("trackingNo").asString()).matches("SQ\\d{8}-\\d{6}");
        assertThat(first.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(first.json().get("dueAt").isNull()).isFalse();
        assertThat(again.json().get("trackingNo").asString()).isEqualTo(first.json().get("trackingNo").asString());
        assertThat(jdbc.queryForObject("select count(*) from appeal where tracking_no = ?", Long.class,
                first.json().get("trackingNo").asString())).isEqualTo(1);
    }

    @Test
    void concurrentRetriesOfOneSubmissionCreateOneAppeal() throws Exception {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        String key = UUID.randomUUID().toString();
        String title = "并发重试-" + key.substring(0, 6);
        CountDownLatch go = new CountDownLatch(1);
        Callable<String> attempt = () -> {
            go.await();
            return worker.sendJson("POST", "/api/v1/appeals", appeal(title, false), Map.of("Idempotency-Key", key))
                    .json().get("trackingNo").asString();
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = List.of(pool.submit(attempt), pool.submit(attempt), pool.submit(attempt), pool.submit(attempt));
            go.countDown();
            String first = results.get(0).get();
            for (Future<String> r : results) {
                assertThat(r.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from appeal where title = ?", Long.class, title)).isEqualTo(1);
    }

    @Test
    void forestCadreHandlesItAndTheWeatherStationCadreCannotSeeIt() {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        TestHttp cadre = TestHttp.api(port, "cadre.forest");
        TestHttp stranger = TestHttp.api(port, "cadre.station");
        String no = submit(worker, "安全防护用品不足", false).get("trackingNo").asString();

        assertThat(stranger.get("/api/v1/appeals/" + no).status()).isEqualTo(404);
        assertThat(act(stranger, no, "ACCEPT").status()).as("not found for acting either").isEqualTo(404);
        assertThat(act(worker, no, "ACCEPT").status()).as("a worker does not handle appeals").isEqualTo(403);
        assertThat(act(cadre, no, "REPLY", "note", "答复").status()).as("reply before accepting").isEqualTo(409);

        assertThat(act(cadre, no, "ACCEPT").json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(act(cadre, no, "START").json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(act(cadre, no, "REPLY", "note", "已协调林场补发防护用品").json().get("status").asString()).isEqualTo("REPLIED");
        JsonNode rated = act(worker, no, "RATE", "rating", 5).json();
        assertThat(rated.get("status").asString()).isEqualTo("CLOSED");
        assertThat(rated.get("rating").asInt()).isEqualTo(5);
        assertThat(rated.get("timeline")).extracting(s -> s.get("action").asString())
                .containsExactly("SUBMIT", "ACCEPT", "START", "REPLY", "RATE");
        assertThat(act(worker, no, "RATE", "rating", 4).status()).isEqualTo(409);
    }

    @Test
    void workerIsNotifiedOfEachStepAndTheHandlersOfTheNewAppeal() {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        TestHttp cadre = TestHttp.api(port, "cadre.forest");
        String no = submit(worker, "住房问题", false).get("trackingNo").asString();
        act(cadre, no, "ACCEPT");
        assertThat(cadre.get("/api/v1/notifications").body()).contains(no);
        assertThat(worker.get("/api/v1/notifications").body()).contains(no).contains("已受理");
    }

    @Test
    void badInputIsRefusedNamingEachField() {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        Map<String, Object> bad = new HashMap<>();
        bad.put("category", "NO_SUCH");
        bad.put("title", "");
        bad.put("content", "");
        TestHttp.Response response = worker.postJson("/api/v1/appeals", bad);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors")).extracting(e -> e.get("field").asString()).contains("category");
        Map<String, Object> noTitle = appeal("", false);
        TestHttp.Response second = worker.postJson("/api/v1/appeals", noTitle);
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().get("errors")).extracting(e -> e.get("field").asString()).contains("title");
    }

    @Test
    void anonymousAppealNeverShowsTheWorkerToHandlers() throws Exception {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        String no = submit(worker, "匿名反映加班问题", true).get("trackingNo").asString();
        String name = jdbc.queryForObject("select display_name from account where username = 'worker.forest'", String.class);

        TestHttp cadreApi = TestHttp.api(port, "cadre.forest");
        JsonNode seen = cadreApi.get("/api/v1/appeals/" + no).json();
        assertThat(seen.get("timeline").get(0).get("by").isNull()).isTrue();
        assertThat(seen.toString()).doesNotContain("worker.forest").doesNotContain(name);

        TestHttp cadrePage = TestHttp.signedIn(port, "cadre.forest");
        assertThat(cadrePage.get("/appeals/" + no).body()).doesNotContain("worker.forest").doesNotContain(name);
        byte[] export = cadrePage.get("/appeals/export.xlsx").bytes();
        var sheet = org.workershome.core.excel.ExcelImport.read(
                new org.springframework.mock.web.MockMultipartFile("f", "a.xlsx", null, export), 10_000);
        var row = sheet.rows().stream().filter(r -> r.cells().contains(no)).findFirst().orElseThrow();
        assertThat(row.cells()).doesNotContain(name).contains("匿名诉求");

        assertThat(worker.get("/api/v1/appeals/" + no).json().get("timeline").get(0).get("by").asString())
                .as("the worker still sees his own steps").isEqualTo("worker.forest");
    }

    @Test
    void overdueAppealIsEscalatedToTheProvinceWhichSeesItSupervised() {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        String no = submit(worker, "无人受理的诉求", false).get("trackingNo").asString();
        long province = jdbc.queryForObject("select id from org where name = '黑龙江省农林水利气象工会'", Long.class);
        try {
            clock.advance(Duration.ofDays(10));
            Scopes.asSystem(job::checkAll);
            JsonNode seen = TestHttp.api(port, "cadre.province").get("/api/v1/appeals/" + no).json();
            assertThat(seen.get("escalationLevel").asInt()).isEqualTo(1);
            assertThat(seen.get("escalatedTo").asLong()).isEqualTo(province);
            assertThat(seen.get("timeline")).extracting(s -> s.get("action").asString()).contains("ESCALATED");
            // the whole inbox, not its first page: other tests' notices to the province share it
            assertThat(TestHttp.api(port, "cadre.province").get("/api/v1/notifications?size=100").body()).contains(no);
            assertThat(TestHttp.api(port, "cadre.station").get("/api/v1/appeals/" + no).status()).isEqualTo(404);

            clock.advance(Duration.ofDays(10));
            Scopes.asSystem(job::checkAll);
            JsonNode again = TestHttp.api(port, "admin").get("/api/v1/appeals/" + no).json();
            assertThat(again.get("escalationLevel").asInt()).as("then up to the national union").isEqualTo(2);
        } finally {
            clock.reset();
        }
    }

    @Test
    void someoneWithoutAnAccountFollowsARecordedAppealByTrackingNumberAndPhone() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        long forest = jdbc.queryForObject("select id from org where name = '伊春红星林场工会'", Long.class);
        TestHttp.Response recorded = cadre.postForm("/appeals/record", Map.of("channel", "HOTLINE",
                "orgId", String.valueOf(forest), "contactName", "李大山", "contactPhone", "13912345678",
                "category", "WAGES", "title", "热线反映欠薪", "content", "12351 热线来电反映欠薪",
                "requestToken", UUID.randomUUID().toString()));
        assertThat(recorded.status()).isEqualTo(302);
        String no = recorded.header("Location").replaceAll(".*/appeals/(SQ[0-9-]+).*", "$1");

        TestHttp anonymous = TestHttp.browser(port);
        String csrf = anonymous.get("/appeals/track").body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        TestHttp.Response wrongPhone = anonymous.postForm("/appeals/track", Map.of("trackingNo", no, "phone", "13800000000", "_csrf", csrf));
        assertThat(wrongPhone.body()).doesNotContain("热线反映欠薪");
        TestHttp.Response found = anonymous.postForm("/appeals/track", Map.of("trackingNo", no, "phone", "13912345678", "_csrf", csrf));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("热线反映欠薪").contains("待受理");
    }

    @Test
    void anAdministratorOfTheOrgIsToldOfANewAppealThereAsACadreIs() {
        TestHttp admin = TestHttp.api(port, "admin");
        long forest = jdbc.queryForObject("select id from org where name = '伊春红星林场工会'", Long.class);
        // a new org, so that no earlier appeal has cached who handles appeals there
        String orgName = "测试班组工会" + System.nanoTime();
        TestHttp.Response org = admin.postJson("/api/v1/orgs", Map.of("parentId", forest, "name", orgName,
                "type", "GRASSROOTS", "industry", "FORESTRY"));
        assertThat(org.status()).as(org.body()).isEqualTo(201);
        String orgAdmin = TestAccounts.uniqueUsername("orgadmin");
        TestAccounts.createSubtreeAdmin(port, orgAdmin, orgName); // role ADMIN, scope ORG_AND_SUBTREE, no CADRE role

        TestHttp.Response recorded = TestHttp.signedIn(port, "cadre.forest").postForm("/appeals/record", Map.of(
                "channel", "HOTLINE", "orgId", org.json().get("id").asString(), "contactName", "王师傅",
                "contactPhone", "13912345678", "category", "WAGES", "title", "班组欠薪", "content", "热线来电反映班组欠薪",
                "requestToken", UUID.randomUUID().toString()));
        assertThat(recorded.status()).isEqualTo(302);
        String no = recorded.header("Location").replaceAll(".*/appeals/(SQ[0-9-]+).*", "$1");

        assertThat(TestHttp.api(port, orgAdmin).get("/api/v1/notifications").body()).contains(no);
        // closed again: tests of closing the forest union expect no open org below it
        assertThat(admin.postJson("/api/v1/orgs/" + org.json().get("id").asString() + "/close", null).status())
                .isEqualTo(200);
    }
}
