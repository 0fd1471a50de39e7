package org.workershome.training;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.workershome.training.TrainingFixtures.*;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.demo.DemoData;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

import com.microsoft.playwright.Page;

/**
 * In a real browser: a worker enrols, reads a lesson, passes the quiz, verifies his certificate and finds the course
 * on /me; and a quiz answered with no network waits on the phone and is sent, once, when the network returns.
 */
@IntegrationTest
@BrowserTest
class TrainingJourneyTest {

    private static final String OUTBOX_SIZE = "() => new Promise(r => { const o = indexedDB.open('workers-home', 1);"
            + " o.onupgradeneeded = () => o.result.createObjectStore('outbox', {keyPath: 'token'});"
            + " o.onsuccess = () => { const q = o.result.transaction('outbox').objectStore('outbox').count();"
            + " q.onsuccess = () => r(q.result); }; })";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void enrolLearnPassTheQuizVerifyTheCertificateAndFindItOnMe(Page worker) {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        String title = "旅程生态课-" + System.nanoTime();
        long course = course(province, title, 2, 50, 20, 3);
        textLesson(province, course, "第一课 绿色发展");
        question(province, course, "TRUE_FALSE", "保护生态就是保护生产力。", "", "true");
        question(province, course, "TRUE_FALSE", "湿地是地球之肾。", "", "true");

        signIn(worker, "worker.forest");
        worker.navigate("/training");
        worker.click("text=" + title);
        worker.click("#enrol");
        assertThat(worker.locator(".flash.ok")).containsText("已报名");
        worker.click("#lessons a");
        assertThat(worker.locator("#lesson-text")).containsText("绿水青山就是金山银山");
        worker.click("#mark-done");
        assertThat(worker.locator("#lessons .lesson-done")).hasCount(1);

        worker.click("#quiz-link");
        worker.click("#start-quiz");
        worker.waitForURL(Pattern.compile(".*/training/attempts/\\d+$"));
        worker.locator("fieldset.question input[value=true]").all().forEach(radio -> radio.check());
        worker.click("#submit-attempt");
        worker.waitForURL(Pattern.compile(".*/training/attempts/\\d+/result$"));
        assertThat(worker.locator("#verdict")).hasText("通过");
        worker.click("#certificate-link");
        assertThat(worker.locator("#verdict")).hasText("证书真实有效。");
        assertThat(worker.locator("#certificate-title")).containsText("完成《" + title + "》课程学习（4 学时）");

        worker.navigate("/me");
        assertThat(worker.locator("#my-training")).containsText(title);
        assertThat(worker.locator("#my-training")).containsText("已完成");
    }

    @Test
    void anAttemptAnsweredOfflineIsSentOnceWhenTheNetworkReturns(Page page) {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long course = course(province, "离线测验-" + System.nanoTime(), 2, 50, 20, 3);
        textLesson(province, course, "第一课");
        question(province, course, "TRUE_FALSE", "森林是陆地生态系统的主体。", "", "true");
        question(province, course, "TRUE_FALSE", "垃圾分类从我做起。", "", "true");
        TestHttp.signedIn(port, "rep.forest").postForm("/training/courses/" + course + "/enrolment", Map.of());

        signIn(page, "rep.forest");
        page.navigate("/training/courses/" + course + "/quiz");
        page.click("#start-quiz");
        page.waitForURL(Pattern.compile(".*/training/attempts/\\d+$"));
        long attempt = Long.parseLong(page.url().replaceAll(".*/training/attempts/", ""));

        page.context().setOffline(true);
        page.locator("fieldset.question input[value=true]").all().forEach(radio -> radio.check());
        page.click("#submit-attempt");
        assertThat(page.locator("#messages .flash.ok")).containsText("答卷已保存在本机");
        org.assertj.core.api.Assertions.assertThat(page.evaluate(OUTBOX_SIZE)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(submitted(attempt)).isFalse();

        page.context().setOffline(false);
        assertThat(page.locator("#messages a")).hasAttribute("href",
                Pattern.compile(".*/training/attempts/" + attempt + "/result"));
        org.assertj.core.api.Assertions.assertThat(submitted(attempt)).isTrue();
        org.assertj.core.api.Assertions.assertThat(page.evaluate(OUTBOX_SIZE)).isEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select score from training_attempt where id = ?", Integer.class, attempt)).isEqualTo(100);

        page.navigate("/training/attempts/" + attempt + "/result");
        assertThat(page.locator("#verdict")).hasText("通过");
    }

    private boolean submitted(long attempt) {
        return jdbc.queryForObject("select submitted_at is not null from training_attempt where id = ?", Boolean.class,
                attempt);
    }

    static void signIn(Page page, String username) {
        page.navigate("/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", DemoData.PASSWORD);
        page.click("form.form button[type=submit]");
        page.waitForURL("**/me");
    }
}
