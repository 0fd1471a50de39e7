package org.workershome.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** Views are counted in memory and written in one batch; crawlers do not count; the ranking follows. */
@IntegrationTest
class ViewCountingTest {

    @LocalServerPort
    int port;

    @Autowired
    ViewCounter counter;

    @Autowired
    ArticleViews views;

    @Autowired
    Channels channels;

    @Test
    void readsAreBatchedCrawlersExcludedAndTheMostReadRankFirst() {
        TestHttp chief = TestHttp.api(port, "chief");
        long id = chief.postJson("/api/v1/portal/articles", Map.of("title", "阅读量测试" + System.nanoTime(), "body", "<p>正文</p>",
                "channelId", channels.findBySlug("shehui").orElseThrow().getId())).json().get("id").asLong();
        chief.postJson("/api/v1/portal/articles/" + id + "/submit", null);
        chief.postJson("/api/v1/portal/articles/" + id + "/publish", Map.of());
        counter.flush();

        long writesBefore = counter.writes();
        TestHttp reader = TestHttp.browser(port);
        for (int i = 0; i < 500; i++) {
            reader.getWithHeader("/articles/" + id, "User-Agent", "Mozilla/5.0 (Linux; Android 14) Mobile");
        }
        reader.getWithHeader("/articles/" + id, "User-Agent", "Mozilla/5.0 (compatible; Baiduspider/2.0)");
        reader.getWithHeader("/articles/" + id, "User-Agent", "Googlebot/2.1");
        counter.flush();
        assertThat(views.totalOf(id)).isEqualTo(500);
        // the scheduled flush may have run meanwhile, but never once per read
        assertThat(counter.writes() - writesBefore).as("row writes for 500 reads").isBetween(1L, 3L);
        assertThat(counter.mostRead(7, 1).get(0)[0]).isEqualTo(id);
    }

    @Test
    void crawlerUserAgentsAreRecognised() {
        assertThat(ViewCounter.isCrawler("Mozilla/5.0 (compatible; Googlebot/2.1)")).isTrue();
        assertThat(ViewCounter.isCrawler("Sogou web spider/4.0")).isTrue();
        assertThat(ViewCounter.isCrawler(null)).isTrue();
        assertThat(ViewCounter.isCrawler("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Mobile/15E148 MicroMessenger")).isFalse();
    }
}
