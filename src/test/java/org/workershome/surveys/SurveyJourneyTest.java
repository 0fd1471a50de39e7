package org.workershome.surveys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.demo.DemoData;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;
import org.workershome.support.Workbooks;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

/**
 * A cadre builds an anonymous survey with skip logic; one worker answers on a phone, another on a phone without
 * network (the answers wait on the device and are sent once when the network returns); the cadre closes the survey,
 * sees the counts and the chart, and downloads the Excel.
 */
@IntegrationTest
@BrowserTest
class SurveyJourneyTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aCadreBuildsASurveyWorkersAnswerOneOfflineAndTheResultsAreChartedAndExported(Page cadre) throws Exception {
        String title = "职工食堂满意度调查" + System.nanoTime() % 100000;
        signIn(cadre, "cadre.province");
        cadre.navigate("/surveys");
        cadre.click("a[href='/surveys/new']");
        cadre.fill("input[name=title]", title);
        cadre.selectOption("select[name=orgId]", String.valueOf(SurveyFixtures.orgId(jdbc, "黑龙江省农林水利气象工会")));
        cadre.check("input[name=anonymous]");
        cadre.click("#survey-form button[type=submit]");
        cadre.waitForURL(Pattern.compile(".*/surveys/\\d+$"));
        long survey = Long.parseLong(cadre.url().replaceAll(".*/", ""));

        cadre.selectOption("#question-form select[name=kind]", "SINGLE");
        cadre.fill("#question-form input[name=text]", "是否在职工食堂就餐");
        cadre.fill("#question-form textarea[name=options]", "是\n否");
        cadre.click("#question-form button[type=submit]");
        assertThat(cadre.locator("ol.questions li")).hasCount(1);
        cadre.selectOption("#question-form select[name=kind]", "TEXT");
        cadre.fill("#question-form input[name=text]", "对食堂的意见");
        cadre.locator("#question-form input[name=required]").uncheck();
        cadre.selectOption("#question-form select[name=showIfQuestion]", cadre.locator(
                "#question-form select[name=showIfQuestion] option").nth(1).getAttribute("value"));
        cadre.fill("#question-form input[name=showIfAnswer]", "是");
        cadre.click("#question-form button[type=submit]");
        assertThat(cadre.locator("ol.questions li")).hasCount(2);
        cadre.click("#publish");
        assertThat(cadre.locator("#survey-status")).hasText("进行中");

        try (BrowserContext phone = phone(cadre)) {
            Page worker = phone.newPage();
            signIn(worker, "worker.forest");
            worker.navigate("/surveys");
            worker.locator("a", new Page.LocatorOptions().setHasText(title)).click();
            assertThat(worker.locator("textarea")).isHidden();
            worker.check("input[value=是]");
            assertThat(worker.locator("textarea")).isVisible();
            worker.fill("textarea", "菜品太咸，希望增加面食");
            worker.click("#answer-form button[type=submit]");
            worker.waitForURL("**/surveys/" + survey + "/thanks");
            assertThat(worker.locator("#thanks")).containsText(title);
            org.assertj.core.api.Assertions.assertThat((Integer) worker.evaluate("() => document.documentElement.scrollWidth"))
                    .as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
        }
        try (BrowserContext phone = phone(cadre)) {
            Page rep = phone.newPage();
            signIn(rep, "rep.forest");
            rep.navigate("/surveys/" + survey + "/answer");
            rep.context().setOffline(true);
            rep.check("input[value=否]");
            rep.click("#answer-form button[type=submit]");
            assertThat(rep.locator("#messages .flash.ok")).containsText("网络恢复后会自动发送");
            org.assertj.core.api.Assertions.assertThat(responses(survey)).isEqualTo(1);
            rep.context().setOffline(false);
            assertThat(rep.locator("#messages a")).hasAttribute("href", Pattern.compile(".*/surveys/" + survey + "/thanks"));
            org.assertj.core.api.Assertions.assertThat(responses(survey)).isEqualTo(2);
            rep.reload();
            rep.waitForTimeout(1000);
            org.assertj.core.api.Assertions.assertThat(responses(survey)).as("sent once").isEqualTo(2);
        }

        cadre.navigate("/surveys/" + survey);
        cadre.click("#close");
        assertThat(cadre.locator("#survey-status")).hasText("已结束");
        cadre.click("a[href='/surveys/" + survey + "/results']");
        assertThat(cadre.locator("#response-count")).hasText("2");
        assertThat(cadre.locator(".survey-chart canvas").first()).isVisible();
        assertThat(cadre.locator(".question-result").first().locator("table.tally tbody tr").first()).containsText("50%");
        Download download = cadre.waitForDownload(() -> cadre.click("#export"));
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo(title + ".xlsx");
        String excel = Workbooks.text(Files.readAllBytes(download.path()));
        org.assertj.core.api.Assertions.assertThat(excel).contains("菜品太咸，希望增加面食").contains("否");
    }

    private long responses(long survey) {
        // participations: an anonymous response itself waits to be released among others (AnonymityTest)
        return jdbc.queryForObject("select count(*) from surveys_participation where survey_id = ?", Long.class, survey);
    }

    private BrowserContext phone(Page page) {
        return page.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port).setLocale("zh-CN").setViewportSize(375, 740));
    }

    static void signIn(Page page, String username) {
        page.navigate("/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", DemoData.PASSWORD);
        page.click("form.form button[type=submit]");
        page.waitForURL("**/me");
    }
}
