package org.workershome.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.training.TrainingFixtures.*;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;
import org.workershome.support.Workbooks;

/** Skill levels recorded by the worker's unit, the career path with achievements, statistics and their export. */
@IntegrationTest
class SkillPathTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aCadreRecordsALevelAndTheWorkerSeesHisPathWithWhatCounts() {
        long member = jdbc.queryForObject("select member_id from account where username = 'worker.forest'", Long.class);
        String occupation = "护林员" + System.nanoTime() % 100000;
        TestHttp forest = TestHttp.signedIn(port, "cadre.forest");
        TestHttp.Response recorded = forest.postForm("/training/skills", Map.of("memberId", String.valueOf(member),
                "occupation", occupation, "level", "INTERMEDIATE", "note", ""));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(302);
        TestHttp.Response outside = TestHttp.signedIn(port, "cadre.qinghai").postForm("/training/skills",
                Map.of("memberId", String.valueOf(member), "occupation", occupation, "level", "SENIOR"));
        assertThat(outside.status()).isEqualTo(403);
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").get("/training/skills/members/" + member).status())
                .isEqualTo(404);
        TestHttp.Response blank = forest.postForm("/training/skills", Map.of("memberId", String.valueOf(member),
                "occupation", " "));
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body()).contains("请填写工种").contains("请选择技能等级");

        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        String title = "森林防火-" + System.nanoTime();
        long course = course(province, title, 0, 60, 0, 0, "occupation", occupation);
        textLesson(province, course, "防火");
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        String before = worker.get("/training/skills").body();
        assertThat(before).contains(occupation).contains("中级工").contains("高级工").contains(title);
        worker.postForm("/training/courses/" + course + "/enrolment", Map.of());
        worker.postForm("/training/courses/" + course + "/lessons/" + lessons(jdbc, course).get(0) + "/done", Map.of());
        String after = worker.get("/training/skills").body();
        assertThat(after).contains("培训结业").contains("完成《" + title + "》课程学习");
        assertThat(worker.get("/me").body()).contains("id=\"my-skills\"").contains(occupation + " 中级工");
        assertThat(forest.get("/training/skills/members/" + member).body()).contains("完成《" + title + "》课程学习");

        String stats = province.get("/training/statistics").body();
        assertThat(stats).contains("伊春红星林场工会");
        assertThat(worker.get("/training/statistics").status()).isEqualTo(403);
        TestHttp.Response xlsx = province.get("/training/statistics.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(Workbooks.text(xlsx.bytes())).contains(title);
        assertThat(Workbooks.text(TestHttp.signedIn(port, "cadre.qinghai").get("/training/statistics.xlsx").bytes()))
                .as("another province's export has none of it").doesNotContain(title);
    }
}
