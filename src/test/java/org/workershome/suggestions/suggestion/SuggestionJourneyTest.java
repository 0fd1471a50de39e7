package org.workershome.suggestions.suggestion;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.core.demo.DemoData;
import org.workershome.core.time.Times;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * In a real browser: a worker submits a suggestion, his union's cadre scores and adopts it, arranges and records
 * its implementation with the money saved; the worker finds it in the public list and on /me.
 */
@IntegrationTest
@BrowserTest
class SuggestionJourneyTest {

    @LocalServerPort int port;
    @Autowired TestClock clock;

    @Test
    void submitEvaluateAdoptImplementAndSeeTheBenefit(Page worker) {
        String title = "集材道边坡植草防冲刷-" + System.nanoTime();
        signIn(worker, "worker.forest");
        worker.navigate("/suggestions");
        worker.click("#new-suggestion");
        worker.fill("input[name=title]", title);
        worker.fill("textarea[name=problem]", "雨季集材道边坡冲刷严重，每年修复费用高。");
        worker.fill("textarea[name=proposal]", "在边坡种植本地草种并铺设生态袋。");
        worker.fill("textarea[name=expectedBenefit]", "每年节约修复费用 3 万元。");
        worker.click("#submit-suggestion");
        worker.waitForURL(Pattern.compile(".*/suggestions/\\d+\\?submitted$"));
        assertThat(worker.locator("#suggestion-status")).hasText("待评审");
        String path = worker.url().replaceAll("^https?://[^/]+", "").replace("?submitted", "");

        try (BrowserContext other = worker.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port).setLocale("zh-CN"))) {
            Page cadre = other.newPage();
            signIn(cadre, "cadre.forest");
            cadre.navigate(path);
            cadre.fill("#score-form input[name=innovation]", "8");
            cadre.fill("#score-form input[name=feasibility]", "9");
            cadre.fill("#score-form input[name=benefit]", "8");
            cadre.click("#score-form button[type=submit]");
            assertThat(cadre.locator(".flash.ok")).containsText("评分已保存");
            assertThat(cadre.locator("#mean-score")).hasText("25.0");
            cadre.fill("#decision-form textarea[name=note]", "予以采纳");
            cadre.click("#adopt");
            assertThat(cadre.locator("#suggestion-status")).hasText("已采纳");
            cadre.fill("#assign-form input[name=ownerName]", "营林科 刘洋");
            cadre.fill("#assign-form input[name=dueOn]", LocalDate.now(clock.withZone(Times.ZONE)).plusDays(20).toString());
            cadre.click("#assign");
            assertThat(cadre.locator("#suggestion-status")).hasText("实施中");
            cadre.fill("#benefit-form input[name=moneySaved]", "abc");
            cadre.click("#record-benefit");
            assertThat(cadre.locator("#benefit-form .field-error")).containsText("请填写不小于 0 的数字");
            cadre.fill("#benefit-form input[name=moneySaved]", "31500");
            cadre.fill("#benefit-form input[name=hoursSaved]", "260");
            cadre.click("#record-benefit");
            assertThat(cadre.locator("#suggestion-status")).hasText("已实施");
            assertThat(cadre.locator("#money-saved")).hasText("31500.00");
        }

        worker.navigate("/suggestions/adopted");
        assertThat(worker.locator("article", new Page.LocatorOptions().setHasText(title))).containsText("31500.00");
        worker.navigate("/me");
        assertThat(worker.locator("#my-suggestions")).containsText(title);
        assertThat(worker.locator("#my-suggestions li", new Page.LocatorOptions().setHasText(title)))
                .containsText("已实施");
    }

    static void signIn(Page page, String username) {
        page.navigate("/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", DemoData.PASSWORD);
        page.click("form.form button[type=submit]");
        page.waitForURL("**/me");
    }
}
