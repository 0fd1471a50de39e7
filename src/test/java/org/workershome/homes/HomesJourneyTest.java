package org.workershome.homes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.demo.DemoData;
import org.workershome.core.time.Times;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The forest farm's cadre registers a home with a fitness room and a room to book; a forest worker books it, and
 * a second, overlapping booking is refused with the message; the cadre submits the year's self-assessment, the
 * province's cadre approves it, and the stars show on the home's page.
 */
@IntegrationTest
@BrowserTest
class HomesJourneyTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    private BrowserContext context(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + port)
                .setLocale("zh-CN"));
    }

    private static Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.navigate("/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", DemoData.PASSWORD);
        page.click("form.form button[type=submit]");
        page.waitForURL("**/me");
        return page;
    }

    @Test
    void aHomeIsRegisteredBookedOnceNotTwiceAndApprovedByTheProvinceWithItsStars(Page given) {
        Browser browser = given.context().browser();
        String day = LocalDate.now(clock.withZone(Times.ZONE)).plusDays(3).toString();
        long forest = HomesFixtures.orgId(jdbc, "伊春红星林场工会");
        String homeUrl;
        try (BrowserContext c = context(browser)) {
            Page cadre = signIn(c, "cadre.forest");
            cadre.navigate("/homes");
            cadre.click("a[href='/homes/new']");
            cadre.selectOption("select[name=orgId]", String.valueOf(forest));
            cadre.fill("input[name=name]", "旅程绿色职工之家");
            cadre.fill("input[name=address]", "伊春市红星区林海路6号");
            cadre.check("input[name=facilities][value=FITNESS]");
            cadre.click("#home-form button[type=submit]");
            cadre.waitForURL(Pattern.compile(".*/homes/\\d+$"));
            homeUrl = cadre.url().replaceFirst("^http://127\\.0\\.0\\.1:\\d+", "");
            assertThat(cadre.locator("#home-facilities")).containsText("健身房");
            cadre.fill("#room-form input[name=roomName]", "乒乓球室");
            cadre.click("#room-form button[type=submit]");
            assertThat(cadre.locator("#booking-form select[name=roomId]")).containsText("乒乓球室");
        }

        try (BrowserContext c = context(browser)) {
            Page worker = signIn(c, "worker.forest");
            worker.navigate("/homes");
            worker.click("a[href='" + homeUrl + "']");
            worker.fill("#booking-form input[name=startsAt]", day + "T10:00");
            worker.fill("#booking-form input[name=endsAt]", day + "T11:00");
            worker.fill("#booking-form input[name=purpose]", "班组乒乓球训练");
            worker.click("#booking-form button[type=submit]");
            assertThat(worker.locator(".flash.ok")).hasText("预订成功。");
            assertThat(worker.locator("table.bookings")).containsText(day + " 10:00–11:00");

            worker.fill("#booking-form input[name=startsAt]", day + "T10:30");
            worker.fill("#booking-form input[name=endsAt]", day + "T11:30");
            worker.fill("#booking-form input[name=purpose]", "再约一场");
            worker.click("#booking-form button[type=submit]");
            assertThat(worker.locator(".flash.error").last())
                    .hasText("该活动室在 " + day + " 10:00–11:00 已被预订，请另选时间。");
            assertThat(worker.locator("table.bookings tbody tr")).hasCount(1);
        }

        String evaluationUrl;
        try (BrowserContext c = context(browser)) {
            Page cadre = signIn(c, "cadre.forest");
            cadre.navigate(homeUrl);
            cadre.click("#evaluation-open button");
            cadre.waitForURL(Pattern.compile(".*/homes/evaluations/\\d+$"));
            evaluationUrl = cadre.url().replaceFirst("^http://127\\.0\\.0\\.1:\\d+", "");
            for (var input : cadre.locator("#score-form input[name^=points]").all()) {
                input.fill("10");
            }
            cadre.click("#score-form button[value=submit]");
            assertThat(cadre.locator("#evaluation-status")).hasText("已提交待上级审核");
            assertThat(cadre.locator("#approve-form")).hasCount(0);
        }

        try (BrowserContext c = context(browser)) {
            Page province = signIn(c, "cadre.province");
            province.navigate("/homes/evaluations");
            province.click("a[href='" + evaluationUrl + "']");
            province.click("#approve-form button");
            assertThat(province.locator("#evaluation-status")).hasText("已审核通过");
            assertThat(province.locator("#evaluation-stars")).hasText("5");
            province.click("#evaluation-home");
            assertThat(province.locator("#home-stars")).containsText("5星级职工之家");
            assertThat(province.locator("#home-stars .star-glyphs")).hasText("★★★★★");
        }
    }
}
