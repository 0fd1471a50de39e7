package org.workershome.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** Findings of the security review of the portal, each kept as a test. */
@IntegrationTest
class PortalSecurityReviewTest {

    @LocalServerPort
    int port;

    @Autowired
    Channels channels;

    @Autowired
    Articles articles;

    @Test
    void aHeadRequestDoesNotLeaveAnEmptyPageInTheCache() {
        TestHttp http = TestHttp.browser(port);
        String path = "/search?q=head" + System.nanoTime();
        TestHttp.Response head = http.sendRaw("HEAD", path, "text/plain", "", Map.of());
        assertThat(head.status()).isEqualTo(200);
        TestHttp.Response get = http.get(path);
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.body()).contains("<html", "</html>");
    }

    @Test
    void aPictureOfHugeDimensionsIsRefusedBeforeItIsDecoded() throws Exception {
        TestHttp editor = TestHttp.signedIn(port, "editor");
        BufferedImage strip = new BufferedImage(20_000, 1, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(strip, "png", png);
        String title = "巨幅题图" + System.nanoTime();
        Map<String, String> fields = Map.of("title", title, "body", "<p>正文</p>",
                "channelId", String.valueOf(channels.findBySlug("tuhua").orElseThrow().getId()));
        TestHttp.Response saved = editor.postMultipart("/editor/articles", fields, "image", "wide.png", png.toByteArray(), "image/png");
        assertThat(saved.status()).isNotEqualTo(302);
        assertThat(articles.findAll()).noneMatch(a -> a.getTitle().equals(title));
    }

    @Test
    void aForwardedPrefixOrHostDoesNotPoisonThePageOrFeedOfOthers() {
        String page = "/?t=" + System.nanoTime();
        TestHttp.Response poisoned = TestHttp.browser(port).getWithHeader(page, "X-Forwarded-Prefix", "/poisoned");
        assertThat(poisoned.status()).isEqualTo(200);
        assertThat(TestHttp.browser(port).get(page).body()).doesNotContain("/poisoned/");

        String feed = "/feed.xml?t=" + System.nanoTime();
        TestHttp.Response evil = TestHttp.browser(port).getWithHeader(feed, "Forwarded", "host=evil.example;proto=https");
        assertThat(evil.status()).isEqualTo(200);
        assertThat(TestHttp.browser(port).get(feed).body()).contains("<item>").doesNotContain("evil.example");
    }

    @Test
    void theFeedSpeaksEnglishWhenAskedAndEachLanguageIsCachedApart() {
        String feed = "/feed.xml?t=" + System.nanoTime();
        TestHttp.Response en = TestHttp.browser(port).getWithHeader(feed, "Accept-Language", "en-GB,en;q=0.9");
        assertThat(en.body()).contains("<title>Workers&#39; Home</title>", "News of the Workers&#39; Home",
                "<language>en</language>", "<item>");
        TestHttp.Response zh = TestHttp.browser(port).get(feed);
        assertThat(zh.body()).contains("<title>职工之家</title>", "职工之家新闻", "<language>zh-cn</language>")
                .doesNotContain("Workers");
        assertThat(TestHttp.browser(port).get("/channels/gonghui/feed.xml?lang=en").body())
                .contains("<title>Workers&#39; Home · ").contains("<language>en</language>");
        assertThat(TestHttp.browser(port).getWithHeader(feed, "Accept-Language", "zh-CN").body()).contains("<language>zh-cn</language>");
    }

    @Test
    void theChiefReordersAndHidesAChannelWhichKeepsItsArticles() {
        TestHttp chief = TestHttp.signedIn(port, "chief");
        Channel channel = channels.findBySlug("gonghui").orElseThrow();
        String name = channel.getName();
        int position = channel.getPosition();
        try {
            assertThat(chief.postForm("/editor/site/channels/" + channel.getId(),
                    Map.of("name", name, "position", "-5")).status()).isEqualTo(302);
            assertThat(nav(TestHttp.browser(port).get("/").body())).doesNotContain("href=\"/channels/gonghui\"");
            assertThat(TestHttp.browser(port).get("/channels/gonghui").status()).isEqualTo(200);
            assertThat(chief.get("/editor/site").body()).contains("value=\"" + name + "\"");

            assertThat(chief.postForm("/editor/site/channels/" + channel.getId(),
                    Map.of("name", name, "position", "-5", "visible", "true")).status()).isEqualTo(302);
            String nav = nav(TestHttp.browser(port).get("/").body());
            int first = nav.indexOf("href=\"/channels/");
            assertThat(nav.substring(first, first + 30)).contains("/channels/gonghui");
            assertThat(TestHttp.signedIn(port, "editor").postForm("/editor/site/channels/" + channel.getId(),
                    Map.of("name", name, "position", "1")).status()).isEqualTo(403);
        } finally {
            chief.postForm("/editor/site/channels/" + channel.getId(),
                    Map.of("name", name, "position", String.valueOf(position), "visible", "true"));
        }
    }

    private static String nav(String page) {
        int start = page.indexOf("<nav class=\"pw ch\"");
        return page.substring(start, page.indexOf("</nav>", start));
    }
}
