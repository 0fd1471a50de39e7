package org.workershome.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.relations.RelationsFixtures.*;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.scope.Scopes;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

/** Screening, scope, appeal signals and escalation through the real application. */
@IntegrationTest
class RelationsPagesTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired ScreeningTemplates templates;
    @Autowired RiskJob job;
    @Autowired TestClock clock;

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private long notified(String username, String subjectPart) {
        return count("select count(*) from notification n join account a on a.id = n.account_id"
                + " where a.username = ? and n.subject like ?", username, "%" + subjectPart + "%");
    }

    @Test
    void badAnswersAreShownInTheReadersLanguageAndNothingIsWrittenThenASubmissionCountsOnce() {
        ScreeningTemplate template = template(templates, 6, 4);
        long reservoir = orgId(jdbc, "丹江口水库管理局工会");
        TestHttp cadre = TestHttp.signedIn(port, "admin");
        long id = open(cadre, reservoir, template.getId());
        retire(templates, template);
        cadre.get("/relations/screenings/" + id);

        Map<String, String> unanswered = new HashMap<>(answers(template, UUID.randomUUID().toString(), 0));
        unanswered.remove("risk" + template.getCheckpoints().get(1).getId());
        TestHttp.Response missing = cadre.postForm("/relations/screenings/" + id, unanswered);
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("请为此项选择");
        assertThat(jdbc.queryForObject("select status from relations_screening where id = ?", String.class, id))
                .isEqualTo("OPEN");

        Map<String, String> noNote = new HashMap<>(answers(template, UUID.randomUUID().toString(), 0));
        noNote.put("note" + template.getCheckpoints().get(0).getId(), " ");
        TestHttp.Response english = cadre.postForm("/relations/screenings/" + id + "?lang=en", noNote);
        assertThat(english.body()).contains("Describe the risk.");
        assertThat(count("select count(*) from relations_screening where id = ? and status = 'OPEN' and score is null", id))
                .as("nothing written").isEqualTo(1);

        String token = UUID.randomUUID().toString();
        TestHttp.Response done = cadre.postForm("/relations/screenings/" + id, answers(template, token, 0));
        assertThat(done.status()).isEqualTo(302);
        TestHttp.Response replay = cadre.postForm("/relations/screenings/" + id, answers(template, token, 0));
        assertThat(replay.status()).as("a resent form replays").isEqualTo(302);
        assertThat(count("select score from relations_screening where id = ?", id)).isEqualTo(60);
        TestHttp.Response again = cadre.postForm("/relations/screenings/" + id + "?lang=zh-CN",
                answers(template, UUID.randomUUID().toString()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("该排查已提交");
        assertThat(count("select score from relations_screening where id = ?", id)).as("unchanged").isEqualTo(60);
    }

    @Test
    void aCadreOfAnotherProvinceNeitherSeesNorActsOnAForestScreeningOrWarning() {
        long forest = orgId(jdbc, "伊春红星林场工会");
        long screening = count("select min(id) from relations_screening where org_id = ?", forest);
        long warning = count("select min(id) from relations_warning where org_id = ?", forest);
        TestHttp own = TestHttp.signedIn(port, "cadre.forest");
        assertThat(own.get("/relations/screenings/" + screening).status()).isEqualTo(200);
        assertThat(own.get("/relations/warnings/" + warning).status()).isEqualTo(200);

        TestHttp qinghai = TestHttp.signedIn(port, "cadre.qinghai");
        assertThat(qinghai.get("/relations/screenings/" + screening).status()).isEqualTo(404);
        assertThat(qinghai.get("/relations/warnings/" + warning).status()).isEqualTo(404);
        assertThat(qinghai.get("/relations/orgs/" + forest).status()).isEqualTo(404);
        qinghai.get("/relations");
        assertThat(qinghai.postForm("/relations/warnings/" + warning + "/actions", Map.of("action", "SUBMIT_PLAN",
                "plan", "越权")).status()).isEqualTo(404);
        assertThat(qinghai.postForm("/relations/screenings", Map.of("orgId", String.valueOf(forest), "templateId", "1",
                "requestToken", UUID.randomUUID().toString())).status()).isEqualTo(403);
        assertThat(qinghai.get("/relations/board").body()).doesNotContain("伊春红星林场工会").contains("玛多县气象站工会");
        assertThat(count("select count(*) from relations_warning where id = ? and plan = '越权'", warning)).isZero();

        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        assertThat(worker.get("/relations").status()).isEqualTo(403);
        assertThat(worker.get("/relations/screenings/" + screening).status()).isEqualTo(404);
    }

    @Test
    void fiveWageAppealsThroughTheAppealsApiRaiseTheForestFarmsLevelAtTheNextRiskPass() {
        long forest = orgId(jdbc, "伊春红星林场工会");
        long raisedBefore = count("select count(*) from relations_warning where org_id = ?", forest);
        long signalsBefore = count("select coalesce(sum(appeals), 0) from relations_appeal_signal where org_id = ? and category = 'WAGES'", forest);
        TestHttp worker = TestHttp.api(port, "worker.forest");
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = Map.of("category", "WAGES", "title", "工资拖欠 " + i, "content", "十一月工资未发。");
            assertThat(worker.postJson("/api/v1/appeals", body).status()).isEqualTo(201);
        }
        assertThat(count("select coalesce(sum(appeals), 0) from relations_appeal_signal where org_id = ? and category = 'WAGES'", forest))
                .isEqualTo(signalsBefore + 5);

        Scopes.asSystem(job::checkAll);
        Map<String, Object> risk = jdbc.queryForMap("select * from relations_org_risk where org_id = ?", forest);
        assertThat((Integer) risk.get("signal_points")).as("the WAGES rule fired").isGreaterThanOrEqualTo(30);
        assertThat(RiskLevel.valueOf((String) risk.get("level"))).isGreaterThanOrEqualTo(RiskLevel.ORANGE);
        assertThat(count("select count(*) from relations_warning where org_id = ?", forest)).isGreaterThan(raisedBefore);
        assertThat(TestHttp.signedIn(port, "cadre.forest").get("/relations/orgs/" + forest).body())
                .contains("level-" + risk.get("level"));
    }

    @Test
    void aRaisedWarningTellsTheUnitAndTheOrgsAboveAndEscalatesWhenItsDeadlinePasses() {
        ScreeningTemplate template = template(templates, 10);
        long farm = orgId(jdbc, "建三江七星农场工会");
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long id = open(province, farm, template.getId());
        retire(templates, template);
        province.get("/relations/screenings/" + id);
        assertThat(province.postForm("/relations/screenings/" + id, answers(template, UUID.randomUUID().toString(), 0))
                .status()).isEqualTo(302);
        assertThat(level(jdbc, farm)).isEqualTo("RED");
        long warning = count("select max(id) from relations_warning where org_id = ?", farm);
        assertThat(notified("cadre.province", "建三江七星农场工会劳动关系风险升至红色预警")).isGreaterThanOrEqualTo(1);
        assertThat(notified("admin", "建三江七星农场工会劳动关系风险升至红色预警")).as("the national union too").isGreaterThanOrEqualTo(1);
        assertThat(notified("cadre.qinghai", "建三江七星农场工会")).isZero();

        try {
            Scopes.asSystem(job::checkAll);
            assertThat(jdbc.queryForObject("select status from relations_warning where id = ?", String.class, warning))
                    .isEqualTo("RAISED");
            clock.advance(Duration.ofDays(12));
            Scopes.asSystem(job::checkAll);
            Scopes.asSystem(job::checkAll);
            assertThat(jdbc.queryForObject("select status from relations_warning where id = ?", String.class, warning))
                    .isEqualTo("ESCALATED");
            assertThat(count("select count(*) from workflow_transition where target_type = 'relations-warning'"
                    + " and target_id = ? and action = 'ESCALATE'", warning)).as("once").isEqualTo(1);
            assertThat(notified("cadre.province", "建三江七星农场工会的红色预警逾期未处理")).isEqualTo(1);
            TestHttp.Response page = province.get("/relations/warnings/" + warning);
            assertThat(page.body()).contains("已逾期上报").contains("逾期上报");
        } finally {
            clock.reset();
        }
    }
}
