package org.workershome.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.hardship.HardshipFixtures.*;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.scope.Scopes;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

import tools.jackson.databind.JsonNode;

/** The yearly review by itself (job, reminder), and what a cadre does at review: update the household, confirm, exit. */
@IntegrationTest
class HardshipReviewTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired HardshipReviewJob job;

    private long stationFile() {
        TestHttp admin = TestHttp.api(port, "admin");
        long member = newMember(admin, orgId(jdbc, STATION), "632626");
        return approvedFile(TestHttp.api(port, "cadre.station"), "cadre.qinghai", port, clock, member, "632626");
    }

    private static long count(JsonNode timeline, String action) {
        long n = 0;
        for (JsonNode step : timeline) {
            if (action.equals(step.get("action").asString())) {
                n++;
            }
        }
        return n;
    }

    private long notified(String username, String subjectPart) {
        return jdbc.queryForObject("select count(*) from notification n join account a on a.id = n.account_id"
                + " where a.username = ? and n.subject like ?", Long.class, username, "%" + subjectPart + "%");
    }

    @Test
    void aYearAfterApprovalTheJobRemindsThenPutsTheFileUnderReviewAndTellsTheStationsCadres() {
        long id = stationFile();
        JsonNode approved = TestHttp.api(port, "cadre.station").get("/api/v1/hardship-files/" + id).json();
        String fileNo = approved.get("fileNo").asString();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("approvedAt").isNull()).isFalse();
        assertThat(approved.get("reviewDueAt").asString()).as("a year after approval").isNotBlank();
        try {
            Scopes.asSystem(job::checkAll);
            TestHttp station = TestHttp.api(port, "cadre.station");
            JsonNode now = station.get("/api/v1/hardship-files/" + id).json();
            assertThat(now.get("status").asString()).as("not yet due").isEqualTo("APPROVED");
            assertThat(count(now.get("timeline"), "REMIND_REVIEW")).isZero();

            java.time.Instant due = java.time.Instant.parse(approved.get("reviewDueAt").asString());
            assertThat(due).isEqualTo(java.time.Instant.parse(approved.get("approvedAt").asString()).plus(Duration.ofDays(365)));
            clock.advance(Duration.between(clock.instant(), due).minusDays(10)); // approved after a notice: in the future
            Scopes.asSystem(job::checkAll);
            Scopes.asSystem(job::checkAll); // once per cycle
            station = TestHttp.api(port, "cadre.station");
            JsonNode reminded = station.get("/api/v1/hardship-files/" + id).json();
            assertThat(reminded.get("status").asString()).isEqualTo("APPROVED");
            assertThat(count(reminded.get("timeline"), "REMIND_REVIEW")).as("one reminder 30 days before").isEqualTo(1);
            assertThat(notified("cadre.station", fileNo + " 将于")).as("the station's cadre is reminded").isEqualTo(1);

            clock.advance(Duration.ofDays(10).plusMinutes(1));
            Scopes.asSystem(job::checkAll);
            station = TestHttp.api(port, "cadre.station");
            JsonNode review = station.get("/api/v1/hardship-files/" + id).json();
            assertThat(review.get("status").asString()).isEqualTo("UNDER_REVIEW");
            JsonNode last = review.get("timeline").get(review.get("timeline").size() - 1);
            assertThat(last.get("action").asString()).isEqualTo("REVIEW");
            assertThat(last.get("to").asString()).isEqualTo("UNDER_REVIEW");
            assertThat(last.get("by").asString()).isEqualTo("system");
            assertThat(notified("cadre.station", fileNo + " 已进入年度复核")).as("and told of the review").isEqualTo(1);
            assertThat(notified("cadre.forest", fileNo)).as("not another org's cadres").isZero();
            assertThat(jdbc.queryForObject("select count(*) from notification n join account a on a.id = n.account_id"
                    + " where a.username = 'cadre.station' and n.subject_text like ? and n.subject_text like ?", Long.class,
                    "%hardship.notify.reviewStarted%", "%" + fileNo + "%")).as("kept as a key, for the reader's language")
                    .isEqualTo(1);
            assertThat(review.get("allowedActions")).extracting(JsonNode::asString).contains("CONFIRM", "EXIT");

            Scopes.asSystem(job::checkAll);
            assertThat(count(station.get("/api/v1/hardship-files/" + id).json().get("timeline"), "REVIEW"))
                    .as("a second pass changes nothing").isEqualTo(1);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aConfirmedReviewStartsTheNextYearAndTheHouseholdUpdateRecomputesTheHintAudited() {
        long id = stationFile();
        java.time.Instant due = java.time.Instant.parse(TestHttp.api(port, "cadre.station")
                .get("/api/v1/hardship-files/" + id).json().get("reviewDueAt").asString());
        try {
            clock.advance(Duration.between(clock.instant(), due).plusMinutes(1));
            Scopes.asSystem(job::checkAll);
            TestHttp station = TestHttp.api(port, "cadre.station");
            JsonNode review = station.get("/api/v1/hardship-files/" + id).json();
            assertThat(review.get("status").asString()).isEqualTo("UNDER_REVIEW");
            assertThat(review.get("belowPovertyLine").asBoolean()).as("612.50 < 779 (Qinghai)").isTrue();

            Map<String, Object> body = new HashMap<>();
            body.put("householdSize", 3);
            body.put("monthlyIncomePerCapita", "1850.00");
            body.put("household", List.of(Map.of("name", "卓玛措", "relation", "妻子", "age", 42,
                    "health", "肾移植后康复", "work", "超市收银", "monthlyIncome", "2600")));
            TestHttp.Response updated = station.sendJson("PUT", "/api/v1/hardship-files/" + id + "/household", body, Map.of());
            assertThat(updated.status()).as(updated.body()).isEqualTo(200);
            JsonNode after = updated.json();
            assertThat(after.get("householdSize").asInt()).isEqualTo(3);
            assertThat(after.get("belowPovertyLine").asBoolean()).as("hint recomputed").isFalse();
            assertThat(after.get("monthlyIncomePerCapita").asString()).isEqualTo("****");
            assertThat(after.get("household")).hasSize(1);
            assertThat(after.get("household").get(0).get("health").asString()).isEqualTo("****");
            assertThat(count(after.get("timeline"), "UPDATE_HOUSEHOLD")).isEqualTo(1);
            assertThat(after.toString()).doesNotContain("1850").doesNotContain("肾移植");

            assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'HARDSHIP_HOUSEHOLD_UPDATE'"
                    + " and target_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);
            assertThat(jdbc.queryForObject("select income_per_capita from hardship_file where id = ?", String.class, id))
                    .as("still encrypted").startsWith("v1:").doesNotContain("1850");
            JsonNode personal = station.get("/api/v1/hardship-files/" + id + "/personal-data").json();
            assertThat(personal.get("monthlyIncomePerCapita").decimalValue()).isEqualByComparingTo("1850.00");
            assertThat(personal.get("household").get(0).get("health").asString()).isEqualTo("肾移植后康复");

            TestHttp.Response bad = station.sendJson("PUT", "/api/v1/hardship-files/" + id + "/household",
                    Map.of("householdSize", 0, "monthlyIncomePerCapita", "-1"), Map.of());
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("householdSize").contains("monthlyIncomePerCapita");
            assertThat(TestHttp.api(port, "cadre.forest").sendJson("PUT", "/api/v1/hardship-files/" + id + "/household",
                    body, Map.of()).status()).as("out of scope").isEqualTo(404);

            ok(act(station, id, "CONFIRM", "note", "复核走访：妻子康复上岗，仍有医疗负担"));
            JsonNode confirmed = station.get("/api/v1/hardship-files/" + id).json();
            assertThat(confirmed.get("status").asString()).isEqualTo("APPROVED");
            assertThat(station.sendJson("PUT", "/api/v1/hardship-files/" + id + "/household", body, Map.of()).status())
                    .as("only under review").isEqualTo(409);

            clock.advance(Duration.ofDays(300));
            Scopes.asSystem(job::checkAll);
            assertThat(TestHttp.api(port, "cadre.station").get("/api/v1/hardship-files/" + id).json().get("status")
                    .asString()).as("next review a year after the confirmation, not after the approval").isEqualTo("APPROVED");
            clock.advance(Duration.ofDays(70));
            Scopes.asSystem(job::checkAll);
            TestHttp later = TestHttp.api(port, "cadre.station");
            assertThat(later.get("/api/v1/hardship-files/" + id).json().get("status").asString()).isEqualTo("UNDER_REVIEW");
            ok(act(later, id, "EXIT", "note", "妻子康复就业，家庭人均收入高于低保线，脱困"));
            JsonNode exited = later.get("/api/v1/hardship-files/" + id).json();
            assertThat(exited.get("status").asString()).isEqualTo("EXITED");
            assertThat(exited.get("closeReason").asString()).contains("脱困");
        } finally {
            clock.reset();
        }
    }

    @Test
    void onThePagesACadreUpdatesTheHouseholdAtReviewAndReopensAnExitedFileWithoutScript() {
        long id = stationFile();
        TestHttp api = TestHttp.api(port, "cadre.station");
        ok(act(api, id, "REVIEW"));
        TestHttp page = TestHttp.signedIn(port, "cadre.station");
        String detail = page.get("/hardship/files/" + id).body();
        assertThat(detail).contains("id=\"review-household\"").contains("复核：更新家庭情况");

        Map<String, String> bad = new HashMap<>();
        bad.put("householdSize", "2");
        bad.put("monthlyIncomePerCapita", "很多");
        TestHttp.Response refused = page.postForm("/hardship/files/" + id + "/household", bad);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("金额应大于零");
        assertThat(refused.body().split("金额应大于零", -1)).as("in the refused form only").hasSize(2);
        TestHttp.Response conflict = page.postForm("/hardship/files/" + id + "/actions", Map.of("action", "START_NOTICE"));
        assertThat(conflict.status()).as("a step the state does not allow: the page again, refused").isEqualTo(409);
        assertThat(conflict.body()).contains("id=\"review-household\"").contains("class=\"flash error\"");
        Map<String, String> form = new HashMap<>();
        form.put("householdSize", "2");
        form.put("monthlyIncomePerCapita", "900.00");
        TestHttp.Response saved = page.postForm("/hardship/files/" + id + "/household", form);
        assertThat(saved.status()).isEqualTo(302);
        JsonNode after = api.get("/api/v1/hardship-files/" + id).json();
        assertThat(after.get("householdSize").asInt()).isEqualTo(2);
        assertThat(after.get("belowPovertyLine").asBoolean()).as("900 is above Qinghai's 779").isFalse();
        assertThat(after.get("household")).as("blank rows keep the persons").hasSize(2);
        assertThat(page.get("/hardship/files/" + id).body()).contains("不低于低保线");

        ok(act(api, id, "EXIT", "note", "收入高于低保线，脱困"));
        String exited = page.get("/hardship/files/" + id).body();
        assertThat(exited).contains("id=\"reopen\"").doesNotContain("id=\"review-household\"");
        Map<String, String> reopen = new HashMap<>();
        reopen.put("householdSize", "3");
        reopen.put("monthlyIncomePerCapita", "300");
        reopen.put("causes", "DISASTER");
        reopen.put("note", "雪灾，牲畜死亡");
        reopen.put("requestToken", java.util.UUID.randomUUID().toString());
        TestHttp.Response created = page.postForm("/hardship/files/" + id + "/reopen", reopen);
        assertThat(created.status()).isEqualTo(302);
        TestHttp.Response replay = page.postForm("/hardship/files/" + id + "/reopen", reopen);
        assertThat(replay.header("Location")).as("the same token opens one file").isEqualTo(created.header("Location"));
        String newFile = page.get(created.header("Location").replaceFirst("^https?://[^/]+", "")).body();
        assertThat(newFile).contains("已申请").contains(after.get("fileNo").asString());
    }

    @Test
    void inTheDemoTheStationsFileAndFundsAreHandledByTheLevelAboveCadreQinghaiNotAdmin() {
        long station = orgId(jdbc, STATION);
        long qinghaiCadre = jdbc.queryForObject("select id from account where username = 'cadre.qinghai'", Long.class);
        Long firstApprover = jdbc.queryForObject("""
                select approved_by_account_id from hardship_file where org_id = ? and approved_by_account_id is not null
                order by applied_at, id fetch first 1 rows only""", Long.class, station);
        assertThat(firstApprover).as("the demo's approved station file").isEqualTo(qinghaiCadre);
        assertThat(jdbc.queryForObject("""
                select count(*) from hardship_fund_entry where kind = 'ALLOCATION_OUT' and note = '高原台站专项'
                and by_account_id = ?""", Long.class, qinghaiCadre)).isEqualTo(1);
        TestHttp qinghai = TestHttp.api(port, "cadre.qinghai");
        assertThat(qinghai.get("/api/v1/hardship-files").body()).as("the station's files are in cadre.qinghai's scope")
                .contains("玛多县气象站工会").doesNotContain("伊春红星林场工会");
    }
}
