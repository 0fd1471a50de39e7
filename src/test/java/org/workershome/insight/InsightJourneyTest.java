package org.workershome.insight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.demo.DemoData;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;
import org.workershome.support.Workbooks;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

/**
 * The province's cadre signs in, opens the dashboards from the navigation, sees the chart drawn, drills down to a
 * city and on to a unit, and exports the unit's appeals table.
 */
@IntegrationTest
@BrowserTest
class InsightJourneyTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired org.workershome.core.crypto.FieldEncryptor encryptor;
    @Autowired InsightRefreshJob job;
    @Autowired java.time.Clock clock;

    @Test
    void aCadreDrillsDownToAUnitAndExportsItsTable(Page page) throws Exception {
        InsightFixture f = new InsightFixture(jdbc, encryptor).tree();
        java.time.YearMonth now = Periods.monthOf(clock.instant());
        f.appeal(f.teamA1, Periods.start(now).plusSeconds(60), null, null, null, 0);
        job.refreshNow(true);

        page.navigate("/login");
        page.fill("input[name=username]", "cadre.province");
        page.fill("input[name=password]", DemoData.PASSWORD);
        page.click("form.form button[type=submit]");
        page.waitForURL("**/me");

        page.click("nav a[href='/insight']");
        page.waitForURL("**/insight");
        assertThat(page.locator("h1")).containsText("黑龙江省农林水利气象工会");
        assertThat(page.locator("#insight-as-of")).containsText("数据截至");
        assertThat(page.locator("#insight-chart-appeals canvas")).hasCount(1);

        page.click("#insight-appeals a:text('看板测试市工会" + f.tag + "')");
        assertThat(page.locator("h1")).containsText("看板测试市工会" + f.tag);
        page.click("#insight-appeals a:text('看板测试甲林场工会" + f.tag + "')");
        assertThat(page.locator("h1")).containsText("看板测试甲林场工会" + f.tag);
        assertThat(page.locator("#insight-trail")).containsText("看板测试市工会" + f.tag);
        assertThat(page.locator("#insight-appeals tbody tr")).hasCount(1);
        assertThat(page.locator("#insight-appeals tbody tr td").nth(1)).hasText("1");

        Download download = page.waitForDownload(() ->
                page.click("a[href*='/insight/export.xlsx'][href*='module=appeals']"));
        String sheet = Workbooks.text(Files.readAllBytes(download.path()));
        org.assertj.core.api.Assertions.assertThat(sheet).contains("受理诉求").contains("看板测试甲一班组" + f.tag);
    }
}
