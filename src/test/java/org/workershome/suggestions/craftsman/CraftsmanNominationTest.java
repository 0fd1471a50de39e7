package org.workershome.suggestions.craftsman;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.calendar.WorkingDays;
import org.workershome.core.time.Times;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

/**
 * A self-nomination needs two endorsements; the panel sends it to public notice for five working days; objections
 * are taken until its last day and must be settled; the title is awarded after it, found in the talent pool by
 * Chinese words, and due for re-evaluation at term end.
 */
@IntegrationTest
class CraftsmanNominationTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired WorkingDays workingDays;
    @Autowired CraftsmanJob job;

    private long selfNominate(TestHttp worker, String skill) {
        TestHttp.Response created = worker.postForm("/craftsmen", Map.of("self", "true", "title", "CHIEF_TECHNICIAN",
                "skill", skill, "industry", "FORESTRY", "deeds", "长期从事林木病虫害生物防治，培育天敌昆虫，减少农药使用三成。",
                "requestToken", UUID.randomUUID().toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return Long.parseLong(created.header("Location").replaceAll(".*/craftsmen/(\\d+).*", "$1"));
    }

    @Test
    void aSelfNominationIsEndorsedNoticedObjectedToAndAwarded() {
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        String skill = "森林病虫害生物防治" + System.nanoTime();
        long id = selfNominate(worker, skill);
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");

        assertThat(worker.postForm("/craftsmen/" + id + "/endorse", Map.of()).status()).as("not oneself").isEqualTo(409);
        assertThat(TestHttp.signedIn(port, "rep.forest").postForm("/craftsmen/" + id + "/endorse", Map.of()).status())
                .isEqualTo(302);
        TestHttp.Response early = cadre.postForm("/craftsmen/" + id + "/review", Map.of("action", "APPROVE"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("自荐须有 2 名会员联名推荐后才能评审");
        assertThat(TestHttp.signedIn(port, "rep.forest").postForm("/craftsmen/" + id + "/endorse", Map.of()).status())
                .as("once each").isEqualTo(409);
        assertThat(TestHttp.signedIn(port, "judge.a").postForm("/craftsmen/" + id + "/endorse", Map.of()).status())
                .isEqualTo(302);
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").postForm("/craftsmen/" + id + "/review",
                Map.of("action", "APPROVE")).status()).as("another province's panel").isEqualTo(404);
        assertThat(cadre.postForm("/craftsmen/" + id + "/review", Map.of("action", "APPROVE", "note", "符合条件"))
                .status()).isEqualTo(302);
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        LocalDate ends = workingDays.plusWorkingDays(today, 5);
        assertThat(jdbc.queryForObject("select notice_ends_on from suggestions_craftsman where id = ?", LocalDate.class, id))
                .isEqualTo(ends);
        assertThat(TestHttp.signedIn(port, "worker.station").get("/craftsmen/" + id).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "rep.forest").get("/craftsmen/nominations").body()).contains("公示中");

        TestHttp rep = TestHttp.signedIn(port, "rep.forest");
        assertThat(rep.postForm("/craftsmen/" + id + "/objections", Map.of("text", "事迹中的数据需要核实")).status())
                .isEqualTo(302);
        TestHttp.Response running = cadre.postForm("/craftsmen/" + id + "/award", Map.of());
        assertThat(running.status()).isEqualTo(409);
        assertThat(running.body()).contains("期满后才能授予称号");
        try {
            clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(today, ends)));
            assertThat(TestHttp.signedIn(port, "judge.a").postForm("/craftsmen/" + id + "/objections",
                    Map.of("text", "最后一天的异议")).status()).as("the notice's last day").isEqualTo(302);
            clock.advance(Duration.ofDays(1));
            TestHttp.Response late = rep.postForm("/craftsmen/" + id + "/objections", Map.of("text", "逾期异议"));
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.body()).contains("公示期已结束");
            TestHttp.Response open = cadre.postForm("/craftsmen/" + id + "/award", Map.of());
            assertThat(open.body()).contains("还有未处理的异议");
            for (Long objection : jdbc.queryForList("select id from suggestions_objection where craftsman_id = ?",
                    Long.class, id)) {
                assertThat(cadre.postForm("/craftsmen/" + id + "/objections/" + objection, Map.of("action", "DISMISS"))
                        .status()).isEqualTo(302);
            }
            assertThat(cadre.postForm("/craftsmen/" + id + "/award", Map.of()).status()).isEqualTo(302);
            assertThat(cadre.postForm("/craftsmen/" + id + "/incentives", Map.of("kind", "BONUS", "amount", "abc",
                    "note", "年度奖励", "grantedOn", today.toString())).body()).contains("金额应为大于 0 的数字");
            assertThat(cadre.postForm("/craftsmen/" + id + "/incentives", Map.of("kind", "BONUS", "amount", "5000",
                    "note", "年度奖励", "grantedOn", today.toString())).status()).isEqualTo(302);

            String page = TestHttp.signedIn(port, "cadre.qinghai").get("/craftsmen/" + id).body();
            assertThat(page).as("a title holder is public union-wide").contains("已授予").contains("首席技师")
                    .contains("id=\"achievements\"").doesNotContain("事迹中的数据需要核实");
            assertThat(worker.get("/me").body()).contains("id=\"my-titles\"").contains("首席技师");

            clock.advance(Duration.ofDays(3 * 366));
            assertThat(job.checkAll()).isGreaterThanOrEqualTo(1);
            assertThat(jdbc.queryForObject("select status from suggestions_craftsman where id = ?", String.class, id))
                    .isEqualTo("DUE_FOR_REVIEW");
            assertThat(cadre.postForm("/craftsmen/" + id + "/reevaluation", Map.of("action", "RENEW")).status())
                    .isEqualTo(302);
        } finally {
            clock.reset();
        }
    }

    @Test
    void theTalentPoolFindsHoldersByChineseWordsTitleIndustryAndRegion() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        Long member = jdbc.queryForObject("select m.id from member m join org o on o.id = m.org_id "
                + "where o.name = '建三江七星农场工会' order by m.id offset 7 rows fetch first 1 rows only", Long.class);
        TestHttp.Response created = province.postForm("/craftsmen", Map.of("self", "false", "memberId", member.toString(),
                "title", "SKILL_MASTER", "skill", "水稻节水灌溉与黑土地保护", "industry", "AGRICULTURE",
                "deeds", "推广控制灌溉技术，在生态文明建设中节水两成。", "requestToken", UUID.randomUUID().toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        long id = Long.parseLong(created.header("Location").replaceAll(".*/craftsmen/(\\d+).*", "$1"));
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").postForm("/craftsmen", Map.of("self", "false", "memberId",
                member.toString(), "title", "GREEN_CRAFTSMAN", "skill", "x", "industry", "AGRICULTURE", "deeds", "x",
                "requestToken", UUID.randomUUID().toString())).status()).as("a member outside the scope").isEqualTo(403);
        province.postForm("/craftsmen/" + id + "/review", Map.of("action", "APPROVE"));
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        try {
            clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(today,
                    workingDays.plusWorkingDays(today, 5)) + 1));
            assertThat(province.postForm("/craftsmen/" + id + "/award", Map.of()).status()).isEqualTo(302);
        } finally {
            clock.reset();
        }
        Long heilongjiang = jdbc.queryForObject("select org_id from account where username = 'cadre.province'", Long.class);
        Long qinghai = jdbc.queryForObject("select org_id from account where username = 'cadre.qinghai'", Long.class);
        TestHttp station = TestHttp.signedIn(port, "worker.station");
        assertThat(station.get("/craftsmen?q=" + enc("生态文明")).body()).contains("craftsman-" + id);
        assertThat(station.get("/craftsmen?q=" + enc("节水灌溉")).body()).contains("craftsman-" + id);
        assertThat(station.get("/craftsmen?q=" + enc("节水灌溉") + "&title=SKILL_MASTER&industry=AGRICULTURE&region="
                + heilongjiang).body()).contains("craftsman-" + id);
        assertThat(station.get("/craftsmen?q=" + enc("节水灌溉") + "&industry=FORESTRY").body())
                .doesNotContain("craftsman-" + id);
        assertThat(station.get("/craftsmen?q=" + enc("节水灌溉") + "&region=" + qinghai).body())
                .doesNotContain("craftsman-" + id);
        assertThat(station.get("/craftsmen?q=" + enc("气象观测")).body()).doesNotContain("craftsman-" + id);
        var found = TestHttp.api(port, "worker.station").get("/api/v1/craftsmen?q=" + enc("黑土地") + "&industry=AGRICULTURE")
                .json();
        assertThat(found.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(found.get("craftsmen").get(0).get("title").asString()).isEqualTo("SKILL_MASTER");
        assertThat(TestHttp.api(port, "cadre.qinghai").get("/api/v1/craftsmen/" + id).json().get("status").asString())
                .isEqualTo("AWARDED");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
