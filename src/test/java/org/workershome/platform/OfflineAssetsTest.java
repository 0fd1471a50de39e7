package org.workershome.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** The installable, offline-capable worker side: manifest, service worker and offline page reach anyone. */
@IntegrationTest
class OfflineAssetsTest {

    @LocalServerPort
    int port;

    @Test
    void manifestServiceWorkerAndOfflinePageAreServedWithoutSignIn() {
        TestHttp http = TestHttp.browser(port);

        TestHttp.Response manifest = http.get("/manifest.webmanifest");
        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.body()).contains("\"name\": \"职工之家\"", "\"start_url\": \"/me\"",
                "\"display\": \"standalone\"", "\"theme_color\": \"#b0191e\"", "/img/icon.svg");
        assertThat(http.get("/img/icon.svg").status()).isEqualTo(200);

        TestHttp.Response worker = http.get("/sw.js");
        assertThat(worker.status()).isEqualTo(200);
        assertThat(worker.header("Content-Type")).contains("javascript");
        assertThat(worker.body()).contains("/offline.html").contains("api");

        TestHttp.Response offline = http.get("/offline.html");
        assertThat(offline.status()).isEqualTo(200);
        assertThat(offline.body()).contains("暂时没有网络", "lang=\"en\"");
    }

    @Test
    void appealFormLoadsTheOfflineScriptAndItsTextsFromTheBundles() {
        String html = TestHttp.signedIn(port, "worker.forest").get("/appeals/new").body();

        assertThat(html).containsPattern("<script src=\"/js/outbox-[0-9a-f]{32}\\.js\" defer>");
        assertThat(html).contains("data-outbox", "data-owner=\"worker.forest\"", "data-queued=\"现在没有网络");
        assertThat(html).doesNotContain("<script>");
    }
}
