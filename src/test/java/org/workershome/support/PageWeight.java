package org.workershome.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** What a page costs on a first visit: its gzipped bytes plus those of every stylesheet and script it loads. */
public record PageWeight(String html, Set<String> assets, int firstLoadBytes) {

    private static final Pattern ASSET =
            Pattern.compile("<(?:link[^>]+href|script[^>]+src)=\"(/[^\"]+\\.(?:css|js)[^\"]*)\"");

    /** Fetches the page (which must be 200 and sent compressed) and its assets, as a browser with an empty cache. */
    public static PageWeight of(TestHttp http, String path) {
        TestHttp.Response page = http.getWithHeader(path, "Accept-Encoding", "gzip");
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(page.header("Content-Encoding")).as("%s is sent compressed", path).isEqualTo("gzip");
        String html = new String(gunzip(page.bytes()), StandardCharsets.UTF_8);
        Set<String> assets = new LinkedHashSet<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            assets.add(m.group(1));
        }
        int total = page.bytes().length;
        for (String asset : assets) {
            TestHttp.Response response = http.getWithHeader(asset, "Accept-Encoding", "gzip");
            assertThat(response.status()).as(asset).isEqualTo(200);
            total += "gzip".equals(response.header("Content-Encoding")) ? response.bytes().length : gzip(response.bytes()).length;
        }
        return new PageWeight(html, assets, total);
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
