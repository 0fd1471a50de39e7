package org.workershome.appeals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.core.demo.DemoData;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/** An appeal end to end in a real browser: the worker submits, the cadre handles it, the worker rates it. */
@IntegrationTest
@BrowserTest
class AppealJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void workerSubmitsCadreAcceptsAndRepliesWorkerRatesAndTheAppealCountsAsClosed(Page worker) {
        String title = "林场拖欠三个月工资" + System.nanoTime();
        signIn(worker, "worker.forest");
        worker.navigate("/appeals/new");
        worker.selectOption("select[name=category]", "WAGES");
        worker.fill("input[name=title]", title);
        worker.fill("textarea[name=content]", "今年八月到十月的工资还没有发放，请工会帮助协调。");
        worker.click("#appeal-form button[type=submit]");

        worker.waitForURL(Pattern.compile(".*/appeals/SQ\\d{8}-\\d+\\?submitted$"));
        String trackingNo = worker.url().replaceAll(".*/appeals/(SQ[0-9-]+)\\?.*", "$1");
        assertThat(worker.locator(".flash.ok")).containsText(trackingNo);
        assertThat(worker.locator("dl.facts")).containsText("待受理");

        try (BrowserContext cadreContext = worker.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port).setLocale("zh-CN"))) {
            Page cadre = cadreContext.newPage();
            signIn(cadre, "cadre.forest");
            cadre.navigate("/appeals");
            cadre.click("#rows a:text-is('" + trackingNo + "')");
            assertThat(cadre.locator("h1")).hasText(title);
            act(cadre, "ACCEPT", null);
            assertThat(cadre.locator("dl.facts")).containsText("已受理");
            act(cadre, "START", null);
            assertThat(cadre.locator("dl.facts")).containsText("办理中");
            act(cadre, "REPLY", "已与林场财务科联系，工资将于本月十五日前补发。");
            assertThat(cadre.locator("dl.facts")).containsText("已答复");

            worker.navigate("/appeals/" + trackingNo);
            assertThat(worker.locator(".timeline")).containsText("已与林场财务科联系");
            worker.locator("#actions form:has(input[name=action][value=RATE]) select[name=rating]").selectOption("5");
            worker.click("#actions form:has(input[name=action][value=RATE]) button[type=submit]");
            worker.waitForURL(Pattern.compile(".*\\?done=RATE$"));
            assertThat(worker.locator("dl.facts")).containsText("已办结");
            assertThat(worker.locator("dl.facts")).containsText("5 / 5");

            cadre.navigate("/appeals?status=CLOSED");
            assertThat(cadre.locator("#rows a:text-is('" + trackingNo + "')")).hasCount(1);
            cadre.navigate("/appeals?status=REPLIED");
            assertThat(cadre.locator("#rows a:text-is('" + trackingNo + "')")).hasCount(0);
        }
    }

    private static void act(Page page, String action, String note) {
        String form = "#actions form:has(input[name=action][value=" + action + "])";
        if (note != null) {
            page.fill(form + " textarea[name=note]", note);
        }
        page.click(form + " button[type=submit]");
        page.waitForURL(Pattern.compile(".*\\?done=" + action + "$"));
    }

    static void signIn(Page page, String username) {
        page.navigate("/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", DemoData.PASSWORD);
        page.click("form.form button[type=submit]");
        page.waitForURL("**/me");
    }
}
