package org.workershome.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** A research report: sanitised, linked to a survey, read by the subtree once published. */
@IntegrationTest
class ResearchReportTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aPublishedReportIsReadInItsSubtreeOnlyAndKeepsNoScript() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.province");
        long heilongjiang = SurveyFixtures.orgId(jdbc, "黑龙江省农林水利气象工会");
        long survey = SurveyFixtures.draft(cadre, heilongjiang, "报告依据", false);
        String title = "林区职工住房调研报告" + UUID.randomUUID().toString().substring(0, 4);
        cadre.get("/surveys/reports/new");
        TestHttp.Response written = cadre.postForm("/surveys/reports", Map.of("orgId", String.valueOf(heilongjiang),
                "title", title, "body", "<p>一线职工住房<strong>普遍老旧</strong></p><script>alert(1)</script>",
                "surveyId", String.valueOf(survey), "requestToken", UUID.randomUUID().toString()));
        assertThat(written.status()).as(written.body()).isEqualTo(302);
        long id = Long.parseLong(written.header("Location").replaceAll(".*/", ""));
        assertThat(jdbc.queryForObject("select body_html from surveys_report where id = ?", String.class, id))
                .contains("<strong>普遍老旧</strong>").doesNotContain("script");

        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        assertThat(worker.get("/surveys/reports").body()).as("a draft").doesNotContain(title);
        assertThat(worker.get("/surveys/reports/" + id).status()).isEqualTo(404);
        assertThat(cadre.postForm("/surveys/reports/" + id + "/publish", Map.of()).status()).isEqualTo(302);
        assertThat(worker.get("/surveys/reports").body()).contains(title);
        assertThat(worker.get("/surveys/reports/" + id).body()).contains("<strong>普遍老旧</strong>");
        assertThat(TestHttp.signedIn(port, "worker.station").get("/surveys/reports/" + id).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").get("/surveys/reports/" + id).status()).isEqualTo(404);
        assertThat(cadre.get("/surveys/reports/" + id).body()).contains("报告依据");
    }
}
