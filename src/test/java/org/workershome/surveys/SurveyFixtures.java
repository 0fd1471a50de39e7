package org.workershome.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.time.Times;
import org.workershome.support.TestHttp;

/** Surveys made through the pages, as a cadre would. */
final class SurveyFixtures {

    private SurveyFixtures() {}

    static long orgId(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("select id from org where name = ?", Long.class, name);
    }

    /** A draft survey of the org's subtree, for workers, from today for a week. */
    static long draft(TestHttp cadre, long orgId, String title, boolean anonymous) {
        cadre.get("/surveys/new");
        LocalDate today = LocalDate.now(Times.ZONE);
        Map<String, String> fields = new HashMap<>(Map.of("orgId", String.valueOf(orgId), "title", title,
                "roles", "WORKER", "startsOn", today.minusDays(1).toString(), "deadlineOn", today.plusDays(7).toString(),
                "requestToken", UUID.randomUUID().toString()));
        if (anonymous) {
            fields.put("anonymous", "true");
        }
        TestHttp.Response created = cadre.postForm("/surveys", fields);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return Long.parseLong(created.header("Location").replaceAll(".*/", ""));
    }

    /** Adds a question; returns its id. */
    static long question(JdbcTemplate jdbc, TestHttp cadre, long surveyId, Map<String, String> fields) {
        TestHttp.Response added = cadre.postForm("/surveys/" + surveyId + "/questions", fields);
        assertThat(added.status()).as(added.body()).isEqualTo(302);
        return jdbc.queryForObject("select max(id) from surveys_question where survey_id = ?", Long.class, surveyId);
    }

    /** Q1 single choice (是/否), Q2 open text shown only when Q1 is 是, Q3 scale 1–5: ids in that order. */
    static List<Long> threeQuestions(JdbcTemplate jdbc, TestHttp cadre, long surveyId) {
        long q1 = question(jdbc, cadre, surveyId, Map.of("kind", "SINGLE", "text", "本月工资是否按时发放",
                "options", "是\n否", "required", "true"));
        long q2 = question(jdbc, cadre, surveyId, Map.of("kind", "TEXT", "text", "请说明发放情况",
                "showIfQuestion", String.valueOf(q1), "showIfAnswer", "是"));
        long q3 = question(jdbc, cadre, surveyId, Map.of("kind", "SCALE", "text", "对工会工作的满意度", "scaleMax", "5",
                "required", "true"));
        return List.of(q1, q2, q3);
    }

    static void publish(TestHttp cadre, long surveyId) {
        assertThat(cadre.postForm("/surveys/" + surveyId + "/publish", Map.of()).status()).isEqualTo(302);
    }

    static TestHttp.Response answer(TestHttp worker, long surveyId, Map<String, String> answers, String token) {
        worker.get("/surveys/" + surveyId + "/answer");
        Map<String, String> fields = new HashMap<>(answers);
        fields.put("requestToken", token);
        return worker.postForm("/surveys/" + surveyId + "/answer", fields);
    }
}
