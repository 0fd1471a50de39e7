package org.workershome.competitions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.workershome.competitions.CompetitionFixtures.*;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.demo.DemoData;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

/**
 * In a real browser: the worker enters, his union's cadre approves, a judge scores on his sheet, the hall's ranking
 * updates without a reload when another judge scores, the results are published, and the worker finds his
 * certificate on /me, genuine, and downloads it.
 */
@IntegrationTest
@BrowserTest
class CompetitionJourneyTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void registerApproveScoreWatchTheLiveRankingAndVerifyTheCertificate(Page worker) {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        String title = "旅程测试技能赛-" + System.nanoTime();
        long id = create(province, title, null);
        appointJudges(province, jdbc, id, "judge.b", "judge.c");

        signIn(worker, "worker.forest");
        worker.navigate("/competitions");
        worker.click("text=" + title);
        worker.click("#register-button");
        worker.waitForURL(Pattern.compile(".*/competitions/" + id + "\\?registered$"));
        assertThat(worker.locator(".flash.ok")).containsText("已报名");
        long entry = entryOf(jdbc, id, memberIdOf(jdbc, "worker.forest"));

        try (BrowserContext other = context(worker)) {
            Page cadre = other.newPage();
            signIn(cadre, "cadre.forest");
            cadre.navigate("/competitions/" + id);
            cadre.click("#entry-" + entry + " button.approve");
            assertThat(cadre.locator("#entry-" + entry + " .entry-status")).hasText("已通过");
        }
        advance(province, id, "START_PRELIMINARY");
        advance(province, id, "START_FINAL");

        try (BrowserContext hall = context(worker); BrowserContext judgeB = context(worker)) {
            Page board = hall.newPage();
            board.navigate("/competitions/" + id + "/ranking");
            assertThat(board.locator("#ranking-stage")).containsText("决赛进行中");
            assertThat(board.locator(".ranking-total").first()).hasText("0.00");

            Page judge = judgeB.newPage();
            signIn(judge, "judge.b");
            judge.navigate("/competitions/" + id + "/judging");
            judge.fill("#sheet-" + entry + " input[name=item0]", "80");
            judge.fill("#sheet-" + entry + " input[name=item1]", "90");
            judge.click("#sheet-" + entry + " .score-form button[type=submit]");
            assertThat(judge.locator(".flash.ok")).containsText("评分已保存");
            // 0.4 × 80 + 0.6 × 90 = 86: the hall's page updates by itself (htmx polling), no reload
            assertThat(board.locator(".ranking-total").first()).hasText("86.00",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));

            score(TestHttp.signedIn(port, "judge.c"), id, entry, 100, 100);
            assertThat(board.locator(".ranking-total").first()).hasText("93.00",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
        }
        advance(province, id, "CLOSE_SCORING");
        advance(province, id, "PUBLISH");

        worker.navigate("/me");
        worker.locator("#my-certificates a", new Page.LocatorOptions().setHasText(title)).click();
        assertThat(worker.locator("#verdict")).hasText("证书真实有效。");
        assertThat(worker.locator("#certificate-title")).containsText(title + " 一等奖");
        Download download = worker.waitForDownload(() -> worker.click("#certificate-pdf"));
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".pdf");
    }

    private BrowserContext context(Page page) {
        return page.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port).setLocale("zh-CN"));
    }

    static void signIn(Page page, String username) {
        page.navigate("/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", DemoData.PASSWORD);
        page.click("form.form button[type=submit]");
        page.waitForURL("**/me");
    }
}
