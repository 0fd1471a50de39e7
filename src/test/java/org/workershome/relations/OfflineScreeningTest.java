package org.workershome.relations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.demo.DemoData;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;

import com.microsoft.playwright.Page;

/** A screening submitted without network waits on the device and is sent exactly once when the network returns. */
@IntegrationTest
@BrowserTest
class OfflineScreeningTest {

    private static final String OUTBOX_SIZE = "() => new Promise(r => { const o = indexedDB.open('workers-home', 1);"
            + " o.onupgradeneeded = () => o.result.createObjectStore('outbox', {keyPath: 'token'});"
            + " o.onsuccess = () => { const q = o.result.transaction('outbox').objectStore('outbox').count();"
            + " q.onsuccess = () => r(q.result); }; })";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired ScreeningTemplates templates;

    @Test
    void aScreeningFilledOfflineIsQueuedAndSentOnceWhenTheNetworkReturns(Page page) {
        ScreeningTemplate template = RelationsFixtures.template(templates, 3, 7);
        long farm = RelationsFixtures.orgId(jdbc, "建三江七星农场工会");
        page.navigate("/login");
        page.fill("input[name=username]", "cadre.province");
        page.fill("input[name=password]", DemoData.PASSWORD);
        page.click("form.form button[type=submit]");
        page.waitForURL("**/me");
        page.navigate("/relations");
        page.selectOption("select[name=orgId]", String.valueOf(farm));
        page.selectOption("select[name=templateId]", String.valueOf(template.getId()));
        page.click("form[action='/relations/screenings'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/relations/screenings/\\d+$"));
        RelationsFixtures.retire(templates, template);
        long id = Long.parseLong(page.url().replaceAll(".*/", ""));

        page.context().setOffline(true);
        Checkpoint first = template.getCheckpoints().get(0), second = template.getCheckpoints().get(1);
        // a score of 30 (YELLOW), below the RED the escalation test of the same farm needs to raise its warning
        page.check("input[name=risk" + first.getId() + "][value=RISK]");
        page.fill("textarea[name=note" + first.getId() + "]", "水稻机手加班费未结清");
        page.check("input[name=risk" + second.getId() + "][value=OK]");
        page.click("#screening-form button[type=submit]");
        assertThat(page.locator("#messages .flash.ok")).containsText("网络恢复后会自动发送");
        org.assertj.core.api.Assertions.assertThat(page.evaluate(OUTBOX_SIZE)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(status(id)).isEqualTo("OPEN");

        page.context().setOffline(false);
        assertThat(page.locator("#messages a")).hasAttribute("href", Pattern.compile(".*/relations/screenings/" + id + "\\?submitted"));
        org.assertj.core.api.Assertions.assertThat(status(id)).isEqualTo("SUBMITTED");
        org.assertj.core.api.Assertions.assertThat(page.evaluate(OUTBOX_SIZE)).isEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select score from relations_screening where id = ?", Integer.class, id)).isEqualTo(30);

        page.reload();
        page.waitForLoadState();
        page.waitForTimeout(1000);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from idempotency_key"
                + " where purpose = 'relations.screening.submit' and target_id = ?", Integer.class, String.valueOf(id)))
                .as("sent once").isEqualTo(1);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from relations_screening where id = ?", String.class, id);
    }
}
