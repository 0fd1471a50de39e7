package org.workershome.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** Targeting, scope, skip logic on the server and one response per person, through the pages. */
@IntegrationTest
class SurveyAnsweringTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aNamedSurveyTakesOneResponsePerPersonAndDropsTheAnswersOfSkippedQuestions() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.province");
        long heilongjiang = SurveyFixtures.orgId(jdbc, "黑龙江省农林水利气象工会");
        String title = "实名调查" + UUID.randomUUID().toString().substring(0, 6);
        long survey = SurveyFixtures.draft(cadre, heilongjiang, title, false);
        List<Long> q = SurveyFixtures.threeQuestions(jdbc, cadre, survey);

        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        assertThat(worker.get("/surveys").body()).as("a draft is offered to nobody").doesNotContain(title);
        SurveyFixtures.publish(cadre, survey);
        assertThat(worker.get("/surveys").body()).contains(title);
        assertThat(worker.get("/me").body()).contains(title);

        TestHttp.Response missing = SurveyFixtures.answer(worker, survey, Map.of("q" + q.get(0), "否"), "t-" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("这道题必须回答");
        assertThat(count("select count(*) from surveys_response where survey_id = ?", survey)).isZero();

        String token = "t-" + UUID.randomUUID();
        // Q2 is shown only for 是: its answer is dropped
        TestHttp.Response sent = SurveyFixtures.answer(worker, survey, Map.of("q" + q.get(0), "否",
                "q" + q.get(1), "不该保存的文字", "q" + q.get(2), "4"), token);
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        assertThat(sent.header("Location")).endsWith("/surveys/" + survey + "/thanks");
        assertThat(count("select count(*) from surveys_answer a join surveys_response r on r.id = a.response_id"
                + " where r.survey_id = ? and a.question_id = ?", survey, q.get(1))).as("skipped").isZero();
        assertThat(jdbc.queryForObject("select respondent_name from surveys_response where survey_id = ?", String.class,
                survey)).as("named").isNotBlank();

        TestHttp.Response replay = SurveyFixtures.answer(worker, survey, Map.of("q" + q.get(0), "否", "q" + q.get(2), "4"), token);
        assertThat(replay.status()).as("the same token again is the same submission").isEqualTo(302);
        TestHttp.Response second = SurveyFixtures.answer(worker, survey, Map.of("q" + q.get(0), "是", "q" + q.get(2), "1"),
                "t-" + UUID.randomUUID());
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("您已经填写过这份问卷");
        assertThat(count("select count(*) from surveys_response where survey_id = ?", survey)).isEqualTo(1);
        assertThat(worker.get("/surveys/" + survey + "/answer").body()).contains("id=\"already\"")
                .doesNotContain("id=\"answer-form\"");

        TestHttp.Response results = cadre.get("/surveys/" + survey + "/results");
        assertThat(results.status()).as("a named survey's results while open").isEqualTo(200);
        assertThat(results.body()).contains("id=\"response-count\">1<").as("crosstab by the province's units")
                .contains("<td>伊春红星林场工会</td>");
    }

    @Test
    void aSurveyIsOfferedOnlyInItsSubtreeAndToTheRolesAskedAndManagedOnlyInScope() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.province");
        long heilongjiang = SurveyFixtures.orgId(jdbc, "黑龙江省农林水利气象工会");
        String title = "范围调查" + UUID.randomUUID().toString().substring(0, 6);
        long survey = SurveyFixtures.draft(cadre, heilongjiang, title, true);
        SurveyFixtures.threeQuestions(jdbc, cadre, survey);
        SurveyFixtures.publish(cadre, survey);

        TestHttp qinghaiWorker = TestHttp.signedIn(port, "worker.station");
        assertThat(qinghaiWorker.get("/surveys").body()).doesNotContain(title);
        assertThat(qinghaiWorker.get("/surveys/" + survey + "/answer").status()).isEqualTo(403);
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/surveys/" + survey + "/answer").status()).isEqualTo(200);

        assertThat(TestHttp.signedIn(port, "cadre.qinghai").get("/surveys/" + survey).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").get("/surveys/" + survey + "/results").status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/surveys/" + survey + "/results").status()).isEqualTo(403);
        long station = SurveyFixtures.orgId(jdbc, "玛多县气象站工会");
        cadre.get("/surveys/new");
        TestHttp.Response outside = cadre.postForm("/surveys", Map.of("orgId", String.valueOf(station), "title", "越权",
                "startsOn", "2026-12-01", "deadlineOn", "2099-12-31", "requestToken", UUID.randomUUID().toString()));
        assertThat(outside.status()).isEqualTo(403);

        // the representative's role is not asked
        long repsOnly = SurveyFixtures.draft(cadre, heilongjiang, "代表调查", false);
        jdbc.update("update surveys_survey set target_roles = 'REPRESENTATIVE' where id = ?", repsOnly);
        SurveyFixtures.threeQuestions(jdbc, cadre, repsOnly);
        SurveyFixtures.publish(cadre, repsOnly);
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/surveys/" + repsOnly + "/answer").status()).isEqualTo(403);
        assertThat(TestHttp.signedIn(port, "rep.forest").get("/surveys/" + repsOnly + "/answer").status()).isEqualTo(200);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
