package org.workershome.suggestions.craftsman;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.calendar.WorkingDays;
import org.workershome.core.demo.DemoData;
import org.workershome.core.time.Times;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;

import com.microsoft.playwright.Page;

/**
 * In a real browser: the provincial panel nominates a member, approves him to public notice, awards the title once the
 * notice is over, and the title is on the craftsman's page and in the talent pool.
 */
@IntegrationTest
@BrowserTest
class CraftsmanJourneyTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired WorkingDays workingDays;

    @Test
    void nominateReviewNoticeAndAwardTheTitle(Page cadre) {
        String name = jdbc.queryForObject("select m.name from member m join org o on o.id = m.org_id "
                + "where o.name = '建三江七星农场工会' order by m.id offset 6 rows fetch first 1 rows only", String.class);
        signIn(cadre, "cadre.province");
        cadre.navigate("/craftsmen/nominations");
        cadre.click("#nominate");
        cadre.selectOption("select[name=memberId]", new com.microsoft.playwright.options.SelectOption().setLabel(name));
        cadre.selectOption("select[name=title]", "GREEN_CRAFTSMAN");
        cadre.fill("input[name=skill]", "黑土地保护性耕作");
        cadre.selectOption("select[name=industry]", "AGRICULTURE");
        cadre.fill("textarea[name=deeds]", "推广秸秆还田和免耕播种，黑土层流失明显减少。");
        cadre.click("#submit-nomination");
        cadre.waitForURL(Pattern.compile(".*/craftsmen/\\d+$"));
        assertThat(cadre.locator("#craftsman-status")).hasText("评审中");
        String path = cadre.url().replaceAll("^https?://[^/]+", "");
        cadre.click("#approve");
        assertThat(cadre.locator("#craftsman-status")).hasText("公示中");
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        LocalDate ends = workingDays.plusWorkingDays(today, 5);
        assertThat(cadre.locator("#notice-ends")).hasText(ends.toString());
        cadre.click("#award");
        assertThat(cadre.locator(".flash.error")).containsText("期满后才能授予称号");
        try {
            clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, ends) + 1));
            cadre.navigate(path);
            cadre.click("#award");
            assertThat(cadre.locator("#craftsman-status")).hasText("已授予");
            assertThat(cadre.locator("#craftsman-title")).hasText("绿色生态工匠");
            assertThat(cadre.locator("#achievements")).containsText("黑土地保护性耕作");
        } finally {
            clock.reset();
        }
        cadre.navigate("/craftsmen?q=" + java.net.URLEncoder.encode("保护性耕作", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(cadre.locator("article", new Page.LocatorOptions().setHasText(name))).containsText("绿色生态工匠");
    }

    static void signIn(Page page, String username) {
        page.navigate("/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", DemoData.PASSWORD);
        page.click("form.form button[type=submit]");
        page.waitForURL("**/me");
    }
}
