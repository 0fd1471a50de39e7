package org.workershome.appeals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;

import com.microsoft.playwright.Page;

/** A worker on a broken network: drafts survive, submissions wait on the phone and are sent exactly once. */
@IntegrationTest
@BrowserTest
class OfflineAppealTest {

    private static final String OUTBOX_SIZE = "() => new Promise(r => { const o = indexedDB.open('workers-home', 1);"
            + " o.onupgradeneeded = () => o.result.createObjectStore('outbox', {keyPath: 'token'});"
            + " o.onsuccess = () => { const q = o.result.transaction('outbox').objectStore('outbox').count();"
            + " q.onsuccess = () => r(q.result); }; })";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void appealSubmittedOfflineIsQueuedAndSentExactlyOnceWhenTheNetworkReturns(Page page) {
        String title = "离线提交的诉求" + System.nanoTime();
        AppealJourneyTest.signIn(page, "worker.forest");
        page.navigate("/appeals/new");
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");

        page.context().setOffline(true);
        page.selectOption("select[name=category]", "SAFETY");
        page.fill("input[name=title]", title);
        page.fill("textarea[name=content]", "护林站的防火设备已经损坏两个月，没有人来修。");
        page.click("#appeal-form button[type=submit]");

        assertThat(page.locator("#messages .flash.ok")).containsText("网络恢复后会自动发送");
        assertThat(page.locator("input[name=title]")).hasValue("");
        org.assertj.core.api.Assertions.assertThat(page.evaluate(OUTBOX_SIZE)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(appealsTitled(title)).isZero();

        page.context().setOffline(false);
        assertThat(page.locator("#messages a")).hasAttribute("href", Pattern.compile(".*/appeals/SQ\\d{8}-\\d+.*"));
        org.assertj.core.api.Assertions.assertThat(appealsTitled(title)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(page.evaluate(OUTBOX_SIZE)).isEqualTo(0);
        String link = page.locator("#messages a").getAttribute("href");

        page.reload();
        page.waitForLoadState();
        page.waitForTimeout(1500);
        org.assertj.core.api.Assertions.assertThat(appealsTitled(title)).isEqualTo(1);

        page.navigate(link);
        assertThat(page.locator("h1")).hasText(title);
    }

    @Test
    void draftSurvivesAReloadAndIsGoneAfterSubmitting(Page page) {
        String title = "草稿" + System.nanoTime();
        AppealJourneyTest.signIn(page, "worker.forest");
        page.navigate("/appeals/new");
        page.selectOption("select[name=category]", "HOUSING_LIVING");
        page.fill("input[name=title]", title);
        page.fill("textarea[name=content]", "职工宿舍冬天没有暖气。");
        page.check("input[name=confidential]");

        page.reload();
        assertThat(page.locator("input[name=title]")).hasValue(title);
        assertThat(page.locator("textarea[name=content]")).hasValue("职工宿舍冬天没有暖气。");
        assertThat(page.locator("select[name=category]")).hasValue("HOUSING_LIVING");
        assertThat(page.locator("input[name=confidential]")).isChecked();

        page.click("#appeal-form button[type=submit]");
        page.waitForURL(Pattern.compile(".*/appeals/SQ\\d{8}-\\d+\\?submitted$"));
        page.navigate("/appeals/new");
        assertThat(page.locator("input[name=title]")).hasValue("");
        org.assertj.core.api.Assertions.assertThat(appealsTitled(title)).isEqualTo(1);
    }

    @Test
    void offlineWorkerReadsPagesSeenBeforeAndGetsTheOfflinePageForOthers(Page page) {
        AppealJourneyTest.signIn(page, "worker.forest");
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        page.navigate("/me");
        page.navigate("/appeals");
        assertThat(page.locator("h1")).hasText("我的诉求");

        String cachedPaths = "caches.open('pages').then(c => c.keys()).then(ks => ks.map(r => new URL(r.url).pathname))";
        page.waitForFunction("() => " + cachedPaths + ".then(ps => ps.includes('/me') && ps.includes('/appeals'))");
        @SuppressWarnings("unchecked")
        java.util.List<String> cached = (java.util.List<String>) page.evaluate("() => " + cachedPaths);
        org.assertj.core.api.Assertions.assertThat(cached).noneMatch(p -> p.startsWith("/login") || p.startsWith("/api/"));

        page.context().setOffline(true);
        try {
            page.navigate("/me");
            assertThat(page.locator("h1")).hasText("我的主页");
            page.navigate("/notifications");
            assertThat(page.locator("#offline h1")).hasText("暂时没有网络");
        } finally {
            page.context().setOffline(false);
        }
    }

    private int appealsTitled(String title) {
        return jdbc.queryForObject("select count(*) from appeal where title = ?", Integer.class, title);
    }
}
