package org.workershome.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.training.TrainingFixtures.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.time.Times;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;
import org.workershome.support.Workbooks;
import org.workershome.training.plan.PlanReminderJob;

/** A required plan for the cadres of a province: enrolled and told, reminded near and past the date, completion. */
@IntegrationTest
class RequiredPlanTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired PlanReminderJob job;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCadresBelowAreHeldRemindedAndTheirCompletionCounted() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        String title = "干部必修-" + System.nanoTime();
        long course = course(province, title, 0, 60, 0, 0, "selfEnrol", "false");
        textLesson(province, course, "学习贯彻");
        LocalDate due = LocalDate.ofInstant(clock.instant(), Times.ZONE).plusDays(5);
        TestHttp.Response assigned = province.postForm("/training/plans", Map.of("title", "年度必修" + title,
                "courseId", String.valueOf(course), "dueOn", due.toString(), "requestToken", UUID.randomUUID().toString()));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(302);
        long plan = Long.parseLong(assigned.header("Location").replaceAll(".*/training/plans/", ""));

        TestHttp forest = TestHttp.signedIn(port, "cadre.forest");
        assertThat(forest.get("/training/plans").body()).contains(title).contains("须于 " + due + " 前完成");
        assertThat(forest.get("/notifications").body()).contains("请于 " + due + " 前完成课程“" + title + "”");
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").get("/training/plans").body()).doesNotContain(title);
        assertThat(TestHttp.signedIn(port, "worker.forest").postForm("/training/courses/" + course + "/enrolment",
                Map.of()).status()).as("a plan's course is not open to self-enrolment").isEqualTo(409);
        String page = province.get("/training/plans/" + plan).body();
        assertThat(page).contains("红星林场工会干部").doesNotContain("青海省工会干部").contains("已完成 0/");

        clock.advance(Duration.ofDays(3));
        job.checkAll();
        assertThat(forest.get("/notifications").body()).contains("课程“" + title + "”须于 " + due + " 前完成，请抓紧学习");
        job.checkAll();
        String inbox = forest.get("/notifications").body();
        assertThat(inbox.split("“" + title + "”须于", -1).length - 1)
                .as("the near reminder is sent once, however often the job runs").isEqualTo(1);
        clock.advance(Duration.ofDays(3));
        job.checkAll();
        assertThat(forest.get("/notifications").body()).contains("的完成期限 " + due + " 已过");
        assertThat(province.get("/training/plans/" + plan).body()).containsPattern("已完成 0/\\d+，逾期 [1-9]");

        forest.postForm("/training/courses/" + course + "/lessons/" + lessons(jdbc, course).get(0) + "/done", Map.of());
        assertThat(province.get("/training/plans/" + plan).body()).contains("已完成 1/");
        TestHttp.Response xlsx = province.get("/training/plans/" + plan + ".xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(Workbooks.text(xlsx.bytes())).contains("红星林场工会干部");
    }
}
