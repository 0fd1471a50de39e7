package org.workershome.competitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.competitions.CompetitionFixtures.*;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;
import org.workershome.support.Workbooks;

/** Who sees and enters which competition; bad terms refused with a message and nothing written; exports and API. */
@IntegrationTest
class CompetitionEntriesTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aCompetitionIsForTheMembersBelowItsOrganiserOnly() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        String title = "范围测试-" + System.nanoTime();
        long id = create(province, title, null);
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/competitions").body()).contains(title);
        assertThat(TestHttp.signedIn(port, "cadre.forest").get("/competitions/" + id).status()).isEqualTo(200);
        assertThat(TestHttp.signedIn(port, "worker.station").get("/competitions").body()).doesNotContain(title);
        assertThat(TestHttp.signedIn(port, "worker.station").get("/competitions/" + id).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").get("/competitions/" + id).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "worker.station").postForm("/competitions/" + id + "/entries", Map.of()).status())
                .isEqualTo(404);
        assertThat(TestHttp.api(port, "cadre.qinghai").get("/api/v1/competitions/" + id).status()).isEqualTo(404);

        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        assertThat(worker.get("/competitions/" + id).body()).contains("id=\"register\"");
        long entry = register(worker, jdbc, id, "worker.forest");
        TestHttp.Response twice = worker.postForm("/competitions/" + id + "/entries", Map.of());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("该职工已报名本竞赛");
        assertThat(worker.get("/me").body()).contains("id=\"my-competitions\"").contains(title).contains("待审核");
        assertThat(TestHttp.signedIn(port, "rep.forest").get("/competitions/" + id).body())
                .as("a worker sees his own entry only").doesNotContain("entry-" + entry);

        TestHttp.Response otherUnit = TestHttp.signedIn(port, "cadre.forest").postForm("/competitions/" + id + "/entries",
                Map.of("memberId", String.valueOf(farmMember(jdbc, 5))));
        assertThat(otherUnit.status()).as("the farm's member is outside the forest cadre's scope").isEqualTo(403);
    }

    @Test
    void theOccupationRuleAndTheRegistrationStageAreEnforced() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long id = create(province, "工种限定-" + System.nanoTime(), "不存在的工种");
        TestHttp.Response refused = TestHttp.signedIn(port, "worker.forest").postForm("/competitions/" + id + "/entries",
                Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("本竞赛限定工种为“不存在的工种”");
        assertThat(jdbc.queryForObject("select count(*) from competitions_entry where competition_id = ?", Long.class, id))
                .isZero();

        long open = create(province, "截止测试-" + System.nanoTime(), null);
        advance(province, open, "START_PRELIMINARY");
        TestHttp.Response late = TestHttp.api(port, "worker.forest").postJson("/api/v1/competitions/" + open + "/entries",
                Map.of());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("报名已截止");
    }

    @Test
    void badTermsAreShownOnTheFormAndNothingIsWritten() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long before = jdbc.queryForObject("select count(*) from competitions_competition", Long.class);
        String body = "title=&theme=x&kind=SKILL&level=PROVINCIAL&trimCount=9&prizeCount=abc"
                + "&itemName=a&itemWeight=30&itemMax=100&requestToken=" + java.util.UUID.randomUUID()
                + "&_csrf=" + java.net.URLEncoder.encode(province.csrf(), java.nio.charset.StandardCharsets.UTF_8);
        TestHttp.Response r = province.sendRaw("POST", "/competitions", "application/x-www-form-urlencoded", body, Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("请填写竞赛名称");
        String weights = "title=t&theme=x&kind=SKILL&level=PROVINCIAL&trimCount=1&prizeCount=abc"
                + "&itemName=a&itemWeight=30&itemMax=100&requestToken=" + java.util.UUID.randomUUID()
                + "&_csrf=" + java.net.URLEncoder.encode(province.csrf(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(province.sendRaw("POST", "/competitions", "application/x-www-form-urlencoded", weights, Map.of()).body())
                .contains("获奖名额应为 1 到 20");
        String sum = weights.replace("prizeCount=abc", "prizeCount=3");
        assertThat(province.sendRaw("POST", "/competitions?lang=en", "application/x-www-form-urlencoded", sum, Map.of()).body())
                .contains("The weights must add up to 100");
        assertThat(jdbc.queryForObject("select count(*) from competitions_competition", Long.class)).isEqualTo(before);
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/competitions/new").status()).isEqualTo(403);
    }

    @Test
    void theOrganiserExportsEntriesAndResultsAndTheApiListsThem() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long id = create(province, "导出测试-" + System.nanoTime(), null);
        long entry = enter(province, jdbc, id, farmMember(jdbc, 5));
        approve(province, id, entry);
        String name = jdbc.queryForObject("select name from member where id = ?", String.class, farmMember(jdbc, 5));
        TestHttp.Response xlsx = province.get("/competitions/" + id + "/entries.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(Workbooks.text(xlsx.bytes())).contains(name).contains("建三江七星农场工会").contains("已通过");
        assertThat(Workbooks.text(province.get("/competitions/" + id + "/results.xlsx").bytes())).contains(name).contains("名次");
        assertThat(TestHttp.signedIn(port, "cadre.forest").get("/competitions/" + id + "/entries.xlsx").status())
                .isEqualTo(403);
        var entries = TestHttp.api(port, "cadre.province").get("/api/v1/competitions/" + id + "/entries").json();
        assertThat(entries.get(0).get("name").asString()).isEqualTo(name);
        assertThat(entries.get(0).get("status").asString()).isEqualTo("APPROVED");
        var competition = TestHttp.api(port, "worker.forest").get("/api/v1/competitions/" + id).json();
        assertThat(competition.get("rubric").size()).isEqualTo(2);
    }

    @Test
    void theDemoContestIsPublishedWithCertificatesAndJudgeARecused() {
        Long id = jdbc.queryForObject("select id from competitions_competition where title = '黑龙江省第三届林草生态职工技能大赛'",
                Long.class);
        TestHttp anonymous = TestHttp.browser(port);
        TestHttp.Response ranking = anonymous.get("/competitions/" + id + "/ranking");
        assertThat(ranking.status()).isEqualTo(200);
        assertThat(ranking.body()).contains("成绩已公布").contains("伊春红星林场工会").contains("建三江七星农场工会");
        assertThat(jdbc.queryForObject("select count(*) from core_certificate where source_module = 'competitions' and "
                + "source_id in (select id from competitions_entry where competition_id = ?)", Long.class, id)).isEqualTo(3);
        assertThat(jdbc.queryForObject("""
                select count(*) from competitions_score s join competitions_judge j on j.id = s.judge_id
                join competitions_entry e on e.id = s.entry_id where s.competition_id = ? and e.org_id = j.judge_org_id""",
                Long.class, id)).as("no judge scored his own unit").isZero();
    }
}
