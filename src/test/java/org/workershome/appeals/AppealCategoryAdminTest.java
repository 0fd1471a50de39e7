package org.workershome.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.calendar.WorkingDays;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class AppealCategoryAdminTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired WorkingDays workingDays;

    private static String uniqueCode() {
        StringBuilder code = new StringBuilder("T_");
        for (int i = 0; i < 10; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    private static Map<String, String> category(String first, String update, String resolution, boolean active) {
        Map<String, String> form = new HashMap<>();
        form.put("nameZh", "测试类别");
        form.put("nameEn", "Test category");
        form.put("firstResponseDays", first);
        form.put("updateDays", update);
        form.put("resolutionDays", resolution);
        form.put("sortOrder", "500");
        if (active) {
            form.put("active", "true");
        }
        return form;
    }

    private JsonNode submitIn(String code) {
        Map<String, Object> body = Map.of("category", code, "title", "时限测试", "content", "按新时限办理。");
        TestHttp.Response response = TestHttp.api(port, "worker.forest").postJson("/api/v1/appeals", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private void assertFirstResponseDue(JsonNode appeal, int days) {
        Instant submitted = Instant.parse(appeal.get("submittedAt").asString());
        assertThat(Instant.parse(appeal.get("dueAt").asString())).isEqualTo(workingDays.deadline(submitted, days));
    }

    @Test
    void adminEditsFirstResponseDaysAndNewAppealsFollow() {
        TestHttp admin = TestHttp.signedIn(port, "admin");
        String code = uniqueCode();
        Map<String, String> created = category("7", "5", "15", true);
        created.put("code", code);
        assertThat(admin.postForm("/appeals/categories", created).status()).isEqualTo(302);
        try {
            assertFirstResponseDue(submitIn(code), 7);

            TestHttp.Response saved = admin.postForm("/appeals/categories/" + code, category("2", "5", "15", true));
            assertThat(saved.status()).isEqualTo(302);
            assertFirstResponseDue(submitIn(code), 2);
            assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'APPEAL_CATEGORY_UPDATE'"
                    + " and target_id = ?", Long.class, code)).isEqualTo(1);
            assertThat(admin.get("/appeals/categories").body()).contains(code).contains("测试类别");
        } finally {
            admin.postForm("/appeals/categories/" + code, category("2", "5", "15", false));
        }
        assertThat(jdbc.queryForObject("select active from appeal_category where code = ?", Boolean.class, code)).isFalse();
    }

    @Test
    void deadlinesMustBePositiveAndTheFirstResponseNoLongerThanTheResolution() {
        TestHttp admin = TestHttp.signedIn(port, "admin");
        TestHttp.Response tooLong = admin.postForm("/appeals/categories/OTHER", category("20", "5", "15", true));
        TestHttp.Response zero = admin.postForm("/appeals/categories/OTHER", category("0", "5", "15", true));
        Map<String, String> badCode = category("3", "5", "15", true);
        badCode.put("code", "bad-code");

        assertThat(tooLong.status()).isEqualTo(200);
        assertThat(tooLong.body()).contains("受理时限不能长于办结时限");
        assertThat(zero.body()).contains("1 到 365");
        assertThat(admin.postForm("/appeals/categories", badCode).body()).contains("大写英文字母和下划线组成");
        assertThat(jdbc.queryForObject("select first_response_days from appeal_category where code = 'OTHER'", Integer.class))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from appeal_category where code = 'bad-code'", Long.class)).isZero();
    }

    @Test
    void cadreMayNotAdministerCategories() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        assertThat(cadre.get("/appeals/categories").status()).isEqualTo(403);
        assertThat(cadre.get("/appeals").body()).doesNotContain("/appeals/categories");
        assertThat(TestHttp.signedIn(port, "admin").get("/appeals").body()).contains("href=\"/appeals/categories\"");
        assertThat(cadre.postForm("/appeals/categories/OTHER", category("1", "1", "1", true)).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select first_response_days from appeal_category where code = 'OTHER'", Integer.class))
                .isEqualTo(3);
    }
}
