package org.workershome.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** Workers load pages over slow networks: a first visit, page plus its CSS and JS, stays within 30 KB gzip. */
@IntegrationTest
class PageWeightTest {

    static final int BUDGET = 30 * 1024;
    private static final Pattern ASSET = Pattern.compile("<(?:link[^>]+href|script[^>]+src)=\"(/[^\"]+\\.(?:css|js)[^\"]*)\"");

    @LocalServerPort
    int port;

    @Test
    void loginPageWithItsAssetsIsWithinBudget() {
        assertThat(firstLoad(TestHttp.browser(port), "/login")).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void workersOwnPageWithItsAssetsIsWithinBudget() {
        assertThat(firstLoad(TestHttp.signedIn(port, "worker.forest"), "/me")).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void appealFormWithItsOfflineScriptIsWithinBudget() {
        assertThat(firstLoad(TestHttp.signedIn(port, "worker.forest"), "/appeals/new")).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void workersAppealListIsWithinBudget() {
        assertThat(firstLoad(TestHttp.signedIn(port, "worker.forest"), "/appeals")).isLessThanOrEqualTo(BUDGET);
    }

    /** Bytes over the wire of the page and every stylesheet and script it references. */
    private static int firstLoad(TestHttp http, String path) {
        TestHttp.Response page = http.getWithHeader(path, "Accept-Encoding", "gzip");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Encoding")).as("pages are sent compressed").isEqualTo("gzip");
        String html = new String(gunzip(page.bytes()), java.nio.charset.StandardCharsets.UTF_8);

        Set<String> assets = new LinkedHashSet<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            assets.add(m.group(1));
        }
        assertThat(assets).as("stylesheets and scripts of " + path).isNotEmpty();

        int total = page.bytes().length;
        for (String asset : assets) {
            TestHttp.Response response = http.getWithHeader(asset, "Accept-Encoding", "gzip");
            assertThat(response.status()).as(asset).isEqualTo(200);
            total += "gzip".equals(response.header("Content-Encoding")) ? response.bytes().length : gzip(response.bytes()).length;
        }
        return total;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
