package org.workershome.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.training.TrainingFixtures.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

/** Attempts through HTTP: the same paper on reload, the server's time limit, the attempts limit, the review. */
@IntegrationTest
class QuizAttemptTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReloadShowsTheSamePaperAndALateSubmissionIsRefused() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long course = course(province, "限时测验-" + System.nanoTime(), 3, 60, 10, 2);
        bank(province, course);
        question(province, course, "SINGLE", "单选题", "甲\n乙\n丙", "1");
        question(province, course, "FILL", "填空题", "", "碳达峰|碳 达峰");
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        worker.postForm("/training/courses/" + course + "/enrolment", Map.of());

        long attempt = start(worker, course);
        List<Long> paper = paper(worker, attempt);
        assertThat(paper).hasSize(3);
        assertThat(paper(worker, attempt)).as("a reload shows the same questions in the same order").isEqualTo(paper);
        assertThat(start(worker, course)).as("starting again continues the open attempt").isEqualTo(attempt);

        clock.advance(Duration.ofMinutes(11));
        TestHttp.Response late = answer(worker, jdbc, attempt, true);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("已超过测验限时（10 分钟，自开始时起计算），答卷未被接受");
        assertThat(jdbc.queryForObject("select submitted_at is null from training_attempt where id = ?", Boolean.class,
                attempt)).isTrue();
        assertThat(worker.get("/training/attempts/" + attempt).header("Location"))
                .as("an expired attempt shows its result, not the paper").endsWith("/training/attempts/" + attempt + "/result");

        long second = start(worker, course);
        assertThat(second).isNotEqualTo(attempt);
        TestHttp.Response wrong = answer(worker, jdbc, second, false);
        assertThat(wrong.status()).isEqualTo(302);
        assertThat(worker.get("/training/attempts/" + second + "/result").body()).contains("得分 0").contains("未通过")
                .as("no quiz close date: the answers are reviewed once the attempt is over").contains("id=\"review\"");
        TestHttp.Response third = worker.postForm("/training/courses/" + course + "/attempts", Map.of());
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.body()).contains("测验次数已用完（共 2 次）");
    }

    @Test
    void answersAreReviewedOnlyAfterTheQuizClosesAndASubmissionCountsOnce() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        String closes = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).withNano(0)
                .withSecond(0).toString();
        long course = course(province, "截止回顾-" + System.nanoTime(), 2, 50, 0, 0, "quizClosesAt", closes);
        bank(province, course);
        TestHttp worker = TestHttp.signedIn(port, "rep.forest");
        worker.postForm("/training/courses/" + course + "/enrolment", Map.of());
        long attempt = start(worker, course);
        String token = java.util.UUID.randomUUID().toString();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        paper(worker, attempt).forEach(q -> fields.put("q" + q, "true"));
        fields.put("requestToken", token);
        assertThat(worker.postForm("/training/attempts/" + attempt, fields).status()).isEqualTo(302);
        assertThat(worker.postForm("/training/attempts/" + attempt, fields).status())
                .as("the same submission sent again (an outbox retry) is answered as done").isEqualTo(302);
        fields.put("requestToken", java.util.UUID.randomUUID().toString());
        assertThat(worker.postForm("/training/attempts/" + attempt, fields).status())
                .as("another submission of a submitted attempt is refused").isEqualTo(409);
        String result = worker.get("/training/attempts/" + attempt + "/result").body();
        assertThat(result).contains("得分 100").doesNotContain("id=\"review\"").contains("测验截止后可查看答案");
        clock.advance(Duration.ofDays(2));
        assertThat(worker.get("/training/attempts/" + attempt + "/result").body()).contains("id=\"review\"");
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/training/attempts/" + attempt).status())
                .as("another worker's attempt does not exist for him").isEqualTo(404);
    }
}
