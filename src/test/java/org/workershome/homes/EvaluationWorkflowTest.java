package org.workershome.homes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.homes.HomesFixtures.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/**
 * The annual evaluation through the pages: criteria set nationally, the unit's self-assessment with bad points
 * refused, approval only by the level above, returned → corrected → resubmitted → approved with the stars on the
 * home, one evaluation per home and year, another province seeing nothing. Year 2031 is this test's own.
 */
@IntegrationTest
class EvaluationWorkflowTest {

    private static final int YEAR = 2031;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private String status(long id) {
        return jdbc.queryForObject("select status from homes_evaluation where id = ?", String.class, id);
    }

    private List<Long> criteria() {
        return jdbc.queryForList("select id from homes_criterion where criteria_year = ? order by sort_order", Long.class, YEAR);
    }

    private Map<String, String> points(int... given) {
        Map<String, String> fields = new HashMap<>();
        List<Long> ids = criteria();
        for (int i = 0; i < ids.size(); i++) {
            fields.put("points" + ids.get(i), i < given.length ? String.valueOf(given[i]) : "");
            fields.put("remark" + ids.get(i), "自评依据 " + i);
        }
        return fields;
    }

    @Test
    void approvedOnlyByTheLevelAboveAfterAReturnAndTheStarsLandOnTheHome() {
        TestHttp forestCadre = TestHttp.signedIn(port, "cadre.forest");
        forestCadre.get("/homes/criteria?year=" + YEAR);
        TestHttp.Response notNational = forestCadre.postForm("/homes/criteria", Map.of("year", String.valueOf(YEAR),
                "name", "阵地建设", "weight", "40", "maxPoints", "10"));
        assertThat(notNational.status()).isEqualTo(403);
        assertThat(notNational.body()).contains("评定标准只能由全国层级的干部或系统管理员制定");

        TestHttp admin = TestHttp.signedIn(port, "admin");
        admin.get("/homes/criteria?year=" + YEAR);
        TestHttp.Response badWeight = admin.postForm("/homes/criteria?lang=en", Map.of("year", String.valueOf(YEAR),
                "name", "Sites", "weight", "0", "maxPoints", "10"));
        assertThat(badWeight.status()).isEqualTo(200);
        assertThat(badWeight.body()).contains("The weight must be a whole number from 1 to 100.");
        assertThat(criteria()).as("nothing added").isEmpty();
        for (String[] c : new String[][] {{"阵地建设", "40", "10"}, {"服务功能", "35", "20"}, {"绿色低碳", "25", "5"}}) {
            assertThat(admin.postForm("/homes/criteria?lang=zh-CN", Map.of("year", String.valueOf(YEAR), "name", c[0],
                    "weight", c[1], "maxPoints", c[2])).status()).isEqualTo(302);
        }

        long home = home(forestCadre, orgId(jdbc, "伊春红星林场工会"), "评定测试之家");
        long id = openEvaluation(forestCadre, home, YEAR);
        assertThat(status(id)).isEqualTo("DRAFT");
        TestHttp.Response twice = forestCadre.postForm("/homes/" + home + "/evaluations", Map.of("year",
                String.valueOf(YEAR), "requestToken", java.util.UUID.randomUUID().toString()));
        assertThat(twice.body()).contains("2031年度的评定已经开始");
        assertThat(jdbc.queryForObject("select count(*) from homes_evaluation where home_id = ?", Long.class, home))
                .isEqualTo(1);

        forestCadre.get("/homes/evaluations/" + id);
        Map<String, String> tooMany = points(11, 10, 5);
        tooMany.put("then", "submit");
        TestHttp.Response range = forestCadre.postForm("/homes/evaluations/" + id + "/scores", tooMany);
        assertThat(range.status()).isEqualTo(200);
        assertThat(range.body()).contains("得分须为0至满分之间的整数");
        assertThat(status(id)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select count(*) from homes_evaluation_score where evaluation_id = ? and points is not null",
                Long.class, id)).as("nothing saved").isZero();

        Map<String, String> incomplete = points(8, 15);
        incomplete.put("then", "submit");
        assertThat(forestCadre.postForm("/homes/evaluations/" + id + "/scores", incomplete).body())
                .contains("请为每一项标准填写自评得分后再提交");
        assertThat(status(id)).isEqualTo("DRAFT");

        Map<String, String> first = points(8, 15, 4);
        first.put("then", "submit");
        assertThat(forestCadre.postForm("/homes/evaluations/" + id + "/scores", first).status()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("SUBMITTED");

        TestHttp.Response ownLevel = forestCadre.postForm("/homes/evaluations/" + id + "/approve", Map.of());
        assertThat(ownLevel.status()).isEqualTo(403);
        assertThat(ownLevel.body()).contains("本级工会不能审核自己的评定");
        assertThat(status(id)).isEqualTo("SUBMITTED");

        TestHttp qinghai = TestHttp.signedIn(port, "cadre.qinghai");
        assertThat(qinghai.get("/homes/evaluations/" + id).status()).isEqualTo(404);
        assertThat(qinghai.postForm("/homes/evaluations/" + id + "/approve", Map.of()).status()).isEqualTo(404);
        assertThat(qinghai.get("/homes/evaluations?year=" + YEAR).body()).doesNotContain("评定测试之家");
        assertThat(status(id)).isEqualTo("SUBMITTED");

        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        assertThat(province.get("/homes/evaluations?year=" + YEAR).body()).contains("评定测试之家").contains("待您审核");
        assertThat(province.postForm("/homes/evaluations/" + id + "/return", Map.of("reason", " ")).body())
                .contains("请填写退回原因");
        assertThat(province.postForm("/homes/evaluations/" + id + "/return", Map.of("reason", "绿色低碳台账不全，请补充。"))
                .status()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("RETURNED");
        assertThat(province.postForm("/homes/evaluations/" + id + "/approve", Map.of()).status())
                .as("a returned evaluation is not approved").isEqualTo(409);

        Map<String, String> corrected = points(9, 17, 5);
        corrected.put("then", "submit");
        assertThat(forestCadre.postForm("/homes/evaluations/" + id + "/scores", corrected).status()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("SUBMITTED");

        assertThat(province.postForm("/homes/evaluations/" + id + "/approve", Map.of()).status()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("APPROVED");
        // 40 × 9/10 + 35 × 17/20 + 25 × 5/5 = 36 + 29.75 + 25 = 90.75 → 90.8 → five stars
        assertThat(jdbc.queryForObject("select weighted_score from homes_evaluation where id = ?", java.math.BigDecimal.class, id))
                .isEqualByComparingTo("90.8");
        assertThat(jdbc.queryForObject("select stars from homes_home where id = ?", Integer.class, home)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select stars_year from homes_home where id = ?", Integer.class, home))
                .isEqualTo(YEAR);
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/homes/" + home).body())
                .contains("5星级职工之家（2031年度）");
        assertThat(jdbc.queryForList("select action from workflow_transition where target_type = 'homes-evaluation'"
                + " and target_id = ? order by id", String.class, id))
                .containsExactly("OPEN", "SUBMIT", "RETURN", "SUBMIT", "APPROVE");

        TestHttp.Response locked = admin.postForm("/homes/criteria", Map.of("year", String.valueOf(YEAR), "name", "新增",
                "weight", "10", "maxPoints", "10"));
        assertThat(locked.body()).contains("2031年度已有职工之家开始评定，评定标准不能再修改");
        assertThat(criteria()).hasSize(3);
    }
}
