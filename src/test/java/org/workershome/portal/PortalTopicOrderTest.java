package org.workershome.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** The chief editor orders and hides topics like channels; a hidden topic leaves the home page, its page, articles and feeds. */
@IntegrationTest
class PortalTopicOrderTest {

    @LocalServerPort
    int port;

    @Autowired
    Channels channels;

    @Autowired
    Topics topics;

    @Test
    void topicsAreReorderedAndHiddenFromThePublicPagesAndTheFeed() {
        TestHttp chief = TestHttp.signedIn(port, "chief");
        long n = System.nanoTime() % 1_000_000_000L;
        String first = "专题甲" + n;
        String second = "专题乙" + n;
        assertThat(chief.postForm("/editor/site/topics", Map.of("slug", "t-a-" + n, "title", first, "featured", "true")).status()).isEqualTo(302);
        assertThat(chief.postForm("/editor/site/topics", Map.of("slug", "t-b-" + n, "title", second, "featured", "true")).status()).isEqualTo(302);
        Topic a = topics.findBySlug("t-a-" + n).orElseThrow();
        Topic b = topics.findBySlug("t-b-" + n).orElseThrow();

        TestHttp api = TestHttp.api(port, "chief");
        String title = "专题稿件" + n;
        long id = api.postJson("/api/v1/portal/articles", Map.of("title", title, "body", "<p>正文</p>",
                "channelId", channels.findBySlug("gonghui").orElseThrow().getId(), "topicIds", List.of(a.getId(), b.getId()),
                "headline", false)).json().get("id").asLong();
        assertThat(api.postJson("/api/v1/portal/articles/" + id + "/submit", null).status()).isEqualTo(200);
        assertThat(api.postJson("/api/v1/portal/articles/" + id + "/publish", Map.of()).status()).isEqualTo(200);

        TestHttp reader = TestHttp.browser(port);
        String home = reader.get("/").body();
        assertThat(home).contains(first, second);
        assertThat(home.indexOf(first)).as("the older topic comes first").isLessThan(home.indexOf(second));
        assertThat(reader.get("/feed.xml").body()).contains("<category>" + first + "</category>");

        // second before first
        assertThat(chief.postForm("/editor/site/topics/" + b.getId(), Map.of("title", second, "position", String.valueOf(a.getPosition() - 1),
                "featured", "true", "visible", "true")).status()).isEqualTo(302);
        home = reader.get("/").body();
        assertThat(home.indexOf(second)).as("reordered").isLessThan(home.indexOf(first));
        String article = reader.get("/articles/" + id).body();
        assertThat(article.indexOf(second)).isLessThan(article.indexOf(first));

        // hide the first (no "visible" field: the unchecked box)
        assertThat(chief.postForm("/editor/site/topics/" + a.getId(), Map.of("title", first, "position", String.valueOf(a.getPosition()),
                "featured", "true")).status()).isEqualTo(302);
        assertThat(reader.get("/").body()).doesNotContain(first).contains(second);
        assertThat(reader.get("/topics/t-a-" + n).status()).isEqualTo(404);
        assertThat(reader.get("/topics/t-b-" + n).body()).contains(title);
        assertThat(reader.get("/articles/" + id).body()).doesNotContain(first).contains(second);
        String feed = reader.get("/feed.xml").body();
        assertThat(feed).contains(title).contains("<category>" + second + "</category>").doesNotContain(first);
        assertThat(chief.get("/editor/site").body()).as("the chief still sees it to show it again").contains(first, "已隐藏");
        assertThat(TestHttp.signedIn(port, "editor").postForm("/editor/site/topics/" + b.getId(),
                Map.of("title", "x", "position", "1")).status()).isEqualTo(403);
        assertThat(chief.postForm("/editor/site/topics/" + b.getId(), Map.of("title", " ", "position", "1")).status()).isEqualTo(400);

        // leave the home page as it was for other tests
        chief.postForm("/editor/site/topics/" + b.getId(), Map.of("title", second, "position", "9999"));
    }
}
