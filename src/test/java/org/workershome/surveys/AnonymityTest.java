package org.workershome.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.scope.Scopes;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;
import org.workershome.support.Workbooks;

/**
 * An anonymous answer is linked to its author nowhere: not in any column of the response tables, not in the audit
 * log or the request-token table, not in the API, the results page or the Excel export; and the participation that
 * keeps one response per person names no response.
 */
@IntegrationTest
class AnonymityTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired AnonymousReleaseJob releaseJob;
    @Autowired SurveyAnswering answering;

    record Respondent(String username, long accountId, long memberId, String name) {}

    @Test
    void noColumnLogApiPageOrExportLinksAnAnonymousAnswerToItsAuthor() {
        Instant start = Instant.now().minusSeconds(1);
        TestHttp cadre = TestHttp.signedIn(port, "cadre.province");
        long heilongjiang = SurveyFixtures.orgId(jdbc, "黑龙江省农林水利气象工会");
        long survey = SurveyFixtures.draft(cadre, heilongjiang, "匿名调查" + UUID.randomUUID().toString().substring(0, 6), true);
        List<Long> q = SurveyFixtures.threeQuestions(jdbc, cadre, survey);
        SurveyFixtures.publish(cadre, survey);

        List<Respondent> respondents = new ArrayList<>();
        for (String username : List.of("worker.forest", "rep.forest")) {
            Respondent r = jdbc.queryForObject("select a.username, a.id, m.id, m.name from account a"
                    + " join member m on m.id = a.member_id where a.username = ?", (rs, i) -> new Respondent(
                            rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)), username);
            respondents.add(r);
            TestHttp worker = TestHttp.signedIn(port, username);
            TestHttp.Response sent = SurveyFixtures.answer(worker, survey, Map.of("q" + q.get(0), "是",
                    "q" + q.get(1), "林场食堂伙食差，第" + (respondents.size()) + "位", "q" + q.get(2), "3"), "t-" + UUID.randomUUID());
            assertThat(sent.status()).as(sent.body()).isEqualTo(302);
            TestHttp.Response again = SurveyFixtures.answer(worker, survey, Map.of("q" + q.get(0), "否",
                    "q" + q.get(2), "5"), "t-" + UUID.randomUUID());
            assertThat(again.status()).as("one response per person, anonymous too").isEqualTo(409);
            assertThat(again.body()).contains("您已经填写过这份问卷");
        }
        assertThat(cadre.get("/surveys/" + survey + "/results").status()).as("no results while open").isEqualTo(409);
        // the responses wait apart from the participations until enough others join them
        assertThat(count("select count(*) from surveys_pending_response where survey_id = ?", survey)).isEqualTo(2);
        release();
        assertThat(count("select count(*) from surveys_response where survey_id = ?", survey))
                .as("two are fewer than min-group (3): still waiting").isZero();
        assertThat(cadre.postForm("/surveys/" + survey + "/close", Map.of()).status()).isEqualTo(302);
        release();
        assertThat(count("select count(*) from surveys_pending_response where survey_id = ?", survey))
                .as("closed: all released").isZero();
        assertThat(count("select count(*) from surveys_pending_answer")).isZero();
        if (postgres()) {
            assertThat(count("select count(*) from surveys_response r join surveys_participation p on p.xmin = r.xmin"
                    + " where r.survey_id = ?", survey)).as("no shared transaction id").isZero();
            assertThat(count("select count(*) from surveys_answer a join surveys_response r on r.id = a.response_id"
                    + " join surveys_participation p on p.xmin = a.xmin where r.survey_id = ?", survey)).isZero();
        }

        // every column of the responses: random ids, the survey, the org, and nothing of the person
        List<Map<String, Object>> responses = jdbc.queryForList("select * from surveys_response where survey_id = ?", survey);
        assertThat(responses).hasSize(2);
        long forest = SurveyFixtures.orgId(jdbc, "伊春红星林场工会");
        List<String> responseIds = new ArrayList<>();
        for (Map<String, Object> row : responses) {
            assertThat(row.keySet()).containsExactlyInAnyOrder("id", "survey_id", "org_id", "member_id",
                    "respondent_name", "submitted_on");
            assertThat(row.get("id").toString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(((Number) row.get("survey_id")).longValue()).isEqualTo(survey);
            assertThat(((Number) row.get("org_id")).longValue()).isEqualTo(forest);
            assertThat(row.get("member_id")).isNull();
            assertThat(row.get("respondent_name")).isNull();
            assertThat(row.get("submitted_on")).as("not even the day").isNull();
            responseIds.add(row.get("id").toString());
        }
        List<Map<String, Object>> answers = jdbc.queryForList("select * from surveys_answer where response_id in (?, ?)",
                responseIds.get(0), responseIds.get(1));
        assertThat(answers).isNotEmpty();
        for (Map<String, Object> row : answers) {
            assertThat(row.keySet()).containsExactlyInAnyOrder("response_id", "answer_order", "question_id", "item",
                    "answer_value");
            assertThat(q).contains(((Number) row.get("question_id")).longValue());
            for (Respondent r : respondents) {
                assertThat(Objects.toString(row.get("answer_value"))).doesNotContain(r.name());
                assertThat(row.get("item")).isNull();
            }
        }
        // the participation: who took part, no response id, no time
        assertThat(jdbc.queryForList("select * from surveys_participation where survey_id = ?", survey))
                .hasSize(2).allSatisfy(row -> assertThat(row.keySet()).containsExactlyInAnyOrder("survey_id", "member_id"));

        // the audit log and the request tokens name no response
        List<Map<String, Object>> audit = jdbc.queryForList("select * from audit_log where occurred_at >= ?",
                Timestamp.from(start));
        assertThat(audit).isNotEmpty().noneSatisfy(row -> {
            assertThat(Objects.toString(row.get("target_type"))).containsIgnoringCase("response");
        }).noneSatisfy(row -> assertThat(responseIds).contains(Objects.toString(row.get("target_id"))))
                .noneSatisfy(row -> assertThat(Objects.toString(row.get("detail"))).contains(responseIds.get(0)));
        assertThat(jdbc.queryForList("select target_id from idempotency_key where purpose = ? and created_at >= ?",
                String.class, SurveyAnswering.PURPOSE, Timestamp.from(start)))
                .hasSize(2).containsOnly(String.valueOf(survey));

        // the page, the API and the export show the answers and nobody
        String page = cadre.get("/surveys/" + survey + "/results").body();
        String api = TestHttp.api(port, "cadre.province").get("/api/v1/surveys/" + survey + "/results").body();
        String excel = Workbooks.text(cadre.get("/surveys/" + survey + "/results/export").bytes());
        assertThat(page).contains("id=\"response-count\">2<");
        assertThat(api).contains("林场食堂伙食差").as("one org with two responses: folded, not named")
                .contains("\"rows\":[{\"org\":null,\"counts\":[2,0],\"total\":2}]");
        assertThat(excel).contains("林场食堂伙食差").as("an org with fewer than 3 responses is folded in the export too")
                .contains("其他组织").doesNotContain("伊春红星林场工会");
        for (Respondent r : respondents) {
            for (String shown : List.of(page, api, excel)) {
                assertThat(shown).doesNotContain(r.name()).doesNotContain("\"memberId\"").doesNotContain("\"accountId\"");
            }
            assertThat(page + api + excel).doesNotContain(r.username());
            for (String id : responseIds) {
                assertThat(page + api + excel).as("no response id either").doesNotContain(id);
            }
        }
        assertThat(cadre.get("/surveys/" + survey + "/results?q=" + java.net.URLEncoder.encode("伙食",
                java.nio.charset.StandardCharsets.UTF_8)).body()).contains("找到 2 条回答");
    }

    @Test
    void anOpenSurveysResponsesAreReleasedInShuffledBatchesOfMinGroup() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.province");
        long heilongjiang = SurveyFixtures.orgId(jdbc, "黑龙江省农林水利气象工会");
        long survey = SurveyFixtures.draft(cadre, heilongjiang, "分批" + UUID.randomUUID().toString().substring(0, 6), true);
        List<Long> q = SurveyFixtures.threeQuestions(jdbc, cadre, survey);
        SurveyFixtures.publish(cadre, survey);
        List<Long> members = jdbc.queryForList("select m.id from member m join org o on o.id = m.org_id"
                + " where o.path like (select path from org where id = ?) || '%' and m.status = 'ACTIVE' order by m.id",
                Long.class, heilongjiang);
        assertThat(members).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 0; i < 3; i++) {
            Long member = members.get(i);
            Scopes.asSystem(() -> answering.seed(survey, member, Map.of("q" + q.get(0), List.of("否"), "q" + q.get(2), List.of("2"))));
            if (i < 2) {
                release();
                assertThat(count("select count(*) from surveys_response where survey_id = ?", survey)).isZero();
            }
        }
        assertThat(release()).isEqualTo(1);
        assertThat(count("select count(*) from surveys_response where survey_id = ?", survey))
                .as("three waiting: released while the survey is open").isEqualTo(3);
        assertThat(count("select count(*) from surveys_pending_response where survey_id = ?", survey)).isZero();
        assertThat(count("select count(*) from surveys_answer a join surveys_response r on r.id = a.response_id"
                + " where r.survey_id = ?", survey)).isEqualTo(6);
    }

    private int release() {
        return Scopes.asSystem(releaseJob::releaseAll);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private boolean postgres() {
        return Boolean.TRUE.equals(jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>) c ->
                "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
    }
}
