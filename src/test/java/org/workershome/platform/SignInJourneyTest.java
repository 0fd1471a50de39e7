package org.workershome.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;

import com.microsoft.playwright.Page;

/** A worker's first visit, in a real browser: sign in, own page, English, sign out. */
@IntegrationTest
@BrowserTest
class SignInJourneyTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void workerSignsInSeesMaskedProfileSwitchesToEnglishAndSignsOut(Page page) {
        String name = jdbc.queryForObject("select display_name from account where username = 'worker.forest'", String.class);

        page.navigate("/login");
        page.fill("input[name=username]", "worker.forest");
        page.fill("input[name=password]", "Demo@2026");
        page.click("form.form button[type=submit]");

        page.waitForURL("**/me");
        assertThat(page.locator("#profile")).containsText(name);
        assertThat(page.locator("#profile")).containsText(Pattern.compile("\\d{6}\\*{8}\\d{3}[\\dX]"));
        assertThat(page.locator("h1")).hasText("我的主页");

        page.click("header a:text-is('EN')");
        assertThat(page.locator("h1")).hasText("My page");
        assertThat(page.locator("form.logout button")).hasText("Sign out");

        page.click("form.logout button[type=submit]");
        page.waitForURL(Pattern.compile(".*/login\\?logout$"));

        page.navigate("/me");
        page.waitForURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("input[name=username]")).isVisible();
    }
}
