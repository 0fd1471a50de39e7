package org.workershome.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** Chinese full-text search: words from the title and from deep in the body, snippets, paging, sort, channel filter. */
@IntegrationTest
class PortalSearchTest {

    @LocalServerPort
    int port;

    @Autowired
    PortalSearch search;

    @Autowired
    Channels channels;

    @Autowired
    Articles articles;

    private long seedId() {
        return articles.findAll().stream().filter(a -> a.getTitle().equals("在生态文明建设中努力践行“以职工为中心”"))
                .findFirst().orElseThrow().getId();
    }

    @Test
    void aWordOfTheTitleAndAPhraseDeepInTheBodyFindTheSeedArticle() {
        long seed = seedId();
        assertThat(search.search("生态文明", 0, false, null).hits()).extracting(PortalSearch.Hit::id).contains(seed);
        PortalSearch.Results deep = search.search("职工书屋", 0, false, null);
        assertThat(deep.hits()).extracting(PortalSearch.Hit::id).contains(seed);
        PortalSearch.Hit hit = deep.hits().stream().filter(h -> h.id() == seed).findFirst().orElseThrow();
        assertThat(hit.snippet()).contains("<mark>");
        assertThat(search.search("职工书屋电子平台", 0, false, null).hits().get(0).id()).isEqualTo(seed);
    }

    @Test
    void searchPageHighlightsFiltersByChannelAndSortsByDate() {
        TestHttp visitor = TestHttp.browser(port);
        String page = visitor.get("/search?q=" + enc("生态文明")).body();
        assertThat(page).contains("/articles/" + seedId(), "<mark>");
        assertThat(visitor.get("/search?q=" + enc("职工书屋") + "&channel=gonghui").body()).contains("/articles/" + seedId());
        assertThat(visitor.get("/search?q=" + enc("职工书屋") + "&channel=tiyu").body()).doesNotContain("/articles/" + seedId() + "\"");
        PortalSearch.Results byDate = search.search("工会", 0, true, null);
        assertThat(byDate.total()).isGreaterThan(PortalSearch.PAGE_SIZE);
        assertThat(byDate.hits()).hasSize(PortalSearch.PAGE_SIZE);
        List<java.time.Instant> times = byDate.hits().stream().map(h -> h.card().publishedAt()).toList();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        PortalSearch.Results second = search.search("工会", 1, true, null);
        assertThat(second.hits()).extracting(PortalSearch.Hit::id).doesNotContainAnyElementsOf(
                byDate.hits().stream().map(PortalSearch.Hit::id).toList());
    }

    @Test
    void aNewlyPublishedArticleIsFoundAndAWithdrawnOneIsNot() {
        TestHttp chief = TestHttp.api(port, "chief");
        String word = "塞罕坝望海楼" + (System.nanoTime() % 1000);
        long id = chief.postJson("/api/v1/portal/articles", Map.of("title", "护林员坚守" + word, "body",
                "<p>三十年如一日守护林海。</p>", "channelId", channels.findBySlug("lvse").orElseThrow().getId())).json().get("id").asLong();
        assertThat(search.search("望海楼", 0, false, null).hits()).extracting(PortalSearch.Hit::id).doesNotContain(id);
        chief.postJson("/api/v1/portal/articles/" + id + "/submit", null);
        chief.postJson("/api/v1/portal/articles/" + id + "/publish", Map.of());
        assertThat(search.search("望海楼", 0, false, null).hits()).extracting(PortalSearch.Hit::id).contains(id);
        chief.postJson("/api/v1/portal/articles/" + id + "/withdraw", Map.of());
        assertThat(search.search("望海楼", 0, false, null).hits()).extracting(PortalSearch.Hit::id).doesNotContain(id);
    }

    @Test
    void emptyQueryShowsTheFormOnly() {
        TestHttp.Response page = TestHttp.browser(port).get("/search?q=");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"q\"");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
