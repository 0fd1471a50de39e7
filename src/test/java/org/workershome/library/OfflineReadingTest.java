package org.workershome.library;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;

import com.microsoft.playwright.Page;

/** A book kept for offline is read with the network off; the place reached there reaches the server afterwards. */
@IntegrationTest
@BrowserTest
class OfflineReadingTest {

    @Autowired JdbcTemplate jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    @Test
    void aKeptBookIsReadOfflineAndThePositionIsSentWhenTheNetworkReturns(Page page) {
        long book = LibraryPagesTest.upload(port, jdbc, "中国农林水利气象工会", "offline.epub",
                LibraryFixtures.epub("离线阅读试读本", "吴十", "第一章的内容。"));
        long account = jdbc.queryForObject("select id from account where username = 'rep.forest'", Long.class);
        LibraryJourneyTest.signIn(page, "rep.forest");
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        page.navigate("/library/books/" + book);
        page.click("#offline button");
        assertThat(page.locator("#offline span")).containsText("已保存 3 / 3 章");
        org.assertj.core.api.Assertions.assertThat(part(account, book)).as("keeping is not reading").isNull();

        page.context().setOffline(true);
        // Chromium's offline emulation does not reach the service worker's own fetches: cut those too
        page.context().route("**/*", route -> route.abort());
        page.navigate("/library/books/" + book + "/read?part=2");
        assertThat(page.locator("#page")).containsText("第三章的内容。");
        page.click("a[rel=prev]");
        assertThat(page.locator("#page")).containsText("第二章的内容。");
        org.assertj.core.api.Assertions.assertThat(part(account, book)).as("read from the kept pages").isNull();
        String queued = "() => (JSON.parse(localStorage.getItem('library.positions') || '{}')['" + book + "'] || {}).part";
        org.assertj.core.api.Assertions.assertThat(page.evaluate(queued)).isEqualTo(1);

        page.context().unrouteAll();
        page.context().setOffline(false);
        page.evaluate("() => window.dispatchEvent(new Event('online'))");
        page.waitForCondition(() -> page.evaluate(queued) == null);
        org.assertj.core.api.Assertions.assertThat(part(account, book)).isEqualTo(1);
    }

    private Integer part(long account, long book) {
        return jdbc.query("select part from library_reading where account_id = ? and book_id = ?",
                rs -> rs.next() ? rs.getInt(1) : null, account, book);
    }
}
