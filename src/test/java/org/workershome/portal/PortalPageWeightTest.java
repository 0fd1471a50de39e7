package org.workershome.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** Every public page, with its CSS and JS, stays within 20 KB gzip on a first visit, and needs no script. */
@IntegrationTest
class PortalPageWeightTest {

    static final int BUDGET = 20 * 1024;
    private static final Pattern ASSET = Pattern.compile("<(?:link[^>]+rel=\"stylesheet\"[^>]+href|script[^>]+src)=\"(/[^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Articles articles;

    @Test
    void publicPagesAreWithinTwentyKilobytes() {
        long seed = articles.findAll().stream().filter(a -> a.getTitle().startsWith("在生态文明建设中努力践行"))
                .findFirst().orElseThrow().getId();
        for (String path : new String[] {"/", "/articles/" + seed, "/channels/gonghui", "/topics/xuexi-guanche",
                "/search?q=%E7%94%9F%E6%80%81%E6%96%87%E6%98%8E", "/calendar/2019-09-24", "/calendar/2019-09"}) {
            assertThat(firstLoad(path)).as(path).isLessThanOrEqualTo(BUDGET);
        }
    }

    private int firstLoad(String path) {
        TestHttp http = TestHttp.browser(port);
        TestHttp.Response page = http.getWithHeader(path, "Accept-Encoding", "gzip");
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(page.header("Content-Encoding")).isEqualTo("gzip");
        String html = new String(gunzip(page.bytes()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).as("readable without JavaScript").doesNotContain("<script");
        assertThat(html).doesNotContain("@font-face", "fonts.googleapis");
        int total = page.bytes().length;
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            TestHttp.Response asset = http.getWithHeader(m.group(1), "Accept-Encoding", "gzip");
            assertThat(asset.status()).isEqualTo(200);
            total += "gzip".equals(asset.header("Content-Encoding")) ? asset.bytes().length : gzip(asset.bytes()).length;
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
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
