package org.workershome.hardship;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
import org.workershome.support.TestHttp;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/** In a real browser: the worker applies, the station cadre verifies and notices, the level above approves after the
 * notice, the cadre records aid, and the worker sees it on /me. */
@IntegrationTest
@BrowserTest
class HardshipJourneyTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @Test
    void applyVerifyNoticeApproveAidAndTheWorkerSeesItOnMe(Page worker) {
        HardshipFixtures.cancelActiveFileOf(jdbc, TestHttp.api(port, "admin"), HardshipFixtures.memberIdOf(jdbc, "worker.station"));
        signIn(worker, "worker.station");
        worker.navigate("/hardship/new");
        worker.fill("input[name=idNumber]", HardshipFixtures.idNumber("632626"));
        worker.fill("input[name=phone]", HardshipFixtures.phone());
        worker.fill("input[name=householdSize]", "4");
        worker.fill("input[name=monthlyIncomePerCapita]", "600");
        worker.check("input[name=causes][value=ILLNESS]");
        worker.fill("textarea[name=description]", "妻子需要长期透析。");
        worker.locator("input[name=hName]").first().fill("卓玛");
        worker.locator("input[name=hRelation]").first().fill("妻子");
        worker.click("#hardship-form button[type=submit]");
        worker.waitForURL(Pattern.compile(".*/hardship/files/\\d+\\?applied$"));
        String fileUrl = worker.url().replaceAll("\\?.*", "").replaceAll("^https?://[^/]+", "");
        assertThat(worker.locator("#file-status")).hasText("已申请");

        try (BrowserContext other = worker.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port).setLocale("zh-CN"))) {
            Page cadre = other.newPage();
            signIn(cadre, "cadre.station");
            cadre.navigate(fileUrl);
            assertThat(cadre.locator("dl.facts")).containsText("********");
            String verify = "#actions form:has(input[name=action][value=VERIFY])";
            cadre.fill(verify + " textarea[name=note]", "入户核实：透析票据、诊断证明属实。");
            cadre.selectOption(verify + " select[name=grade]", "DEEP");
            cadre.click(verify + " button[type=submit]");
            cadre.waitForURL(Pattern.compile(".*\\?done=VERIFY$"));
            assertThat(cadre.locator("#file-status")).hasText("已核实");
            cadre.click("#actions form:has(input[name=action][value=START_NOTICE]) button[type=submit]");
            cadre.waitForURL(Pattern.compile(".*\\?done=START_NOTICE$"));
            assertThat(cadre.locator("#file-status")).hasText("公示中");
            assertThat(cadre.locator("#actions form:has(input[name=action][value=APPROVE])")).hasCount(0);
            cadre.click("#reveal");
            assertThat(cadre.locator("#id-number")).hasText(Pattern.compile("^632626\\d{11}[\\dX]$"));
            cadre.close();
        }

        Instant endsAt = Instant.parse(jdbc.queryForObject("select notice_ends_at from hardship_file where id = ?",
                java.sql.Timestamp.class, Long.valueOf(fileUrl.replaceAll("\\D", ""))).toInstant().toString());
        try (BrowserContext other = worker.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port).setLocale("zh-CN"))) {
            Page approver = other.newPage(); // the approver: a cadre of the level above the station
            signIn(approver, "cadre.qinghai");
            approver.navigate(fileUrl);
            approver.click("#actions form:has(input[name=action][value=APPROVE]) button[type=submit]");
            assertThat(approver.locator("main")).containsText("公示期未满");
            try {
                clock.advance(Duration.between(clock.instant(), endsAt).plusMinutes(1));
                approver.navigate(fileUrl);
                approver.click("#actions form:has(input[name=action][value=APPROVE]) button[type=submit]");
                approver.waitForURL(Pattern.compile(".*\\?done=APPROVE$"));
                assertThat(approver.locator("#file-status")).hasText("已建档");
            } finally {
                clock.reset();
            }
        }

        try (BrowserContext other = worker.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port).setLocale("zh-CN"))) {
            Page cadre = other.newPage();
            signIn(cadre, "cadre.station");
            cadre.navigate(fileUrl);
            cadre.selectOption("#aid-form select[name=type]", "MEDICAL");
            cadre.fill("#aid-form input[name=amount]", "800");
            cadre.selectOption("#aid-form select[name=fundId]", new com.microsoft.playwright.options.SelectOption().setIndex(1));
            cadre.fill("#aid-form input[name=description]", "透析费用救助");
            cadre.click("#aid-form button[type=submit]");
            cadre.waitForURL(Pattern.compile(".*\\?aided$"));
            assertThat(cadre.locator("#aid")).containsText("¥800.00");
        }

        worker.navigate("/me");
        assertThat(worker.locator("#my-hardship")).containsText("已建档");
        assertThat(worker.locator("#my-aid")).containsText("医疗救助");
        assertThat(worker.locator("#my-aid")).containsText("¥800.00");
    }

    static void signIn(Page page, String username) {
        page.navigate("/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", DemoData.PASSWORD);
        page.click("form.form button[type=submit]");
        page.waitForURL("**/me");
    }
}
