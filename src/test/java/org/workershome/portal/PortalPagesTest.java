package org.workershome.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** Every public URL of the portal, without signing in, on the demo data with the seed article. */
@IntegrationTest
class PortalPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Articles articles;

    private long seedId() {
        return articles.findAll().stream().filter(a -> a.getTitle().equals("在生态文明建设中努力践行“以职工为中心”"))
                .findFirst().orElseThrow().getId();
    }

    @Test
    void homeShowsTheChannelsTheSeedArticleAndTheBlocks() {
        TestHttp.Response home = TestHttp.browser(port).get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("时政", "评论", "工会", "打工", "在生态文明建设中努力践行“以职工为中心”",
                "图片新闻", "新闻日历", "新闻排行", "友情链接", "中华全国总工会", "王东明", "全国总工会主席", "/login");
        assertThat(home.body()).doesNotContain("<script");
    }

    @Test
    void seedArticlePageCarriesBylineTimeSourceEditorAndFullText() {
        TestHttp.Response page = TestHttp.browser(port).get("/articles/" + seedId());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("蔡毅德", "2019-09-24 09:25:23", "中工网——《工人日报》", "姚怡梦",
                "蔡毅德观点", "职工书屋电子平台", "作者为中国农林水利气象工会全国委员会主席",
                "学习贯彻习近平总书记关于工人阶级和工会工作的重要论述");
    }

    @Test
    void channelTopicCalendarAndFeedFindTheSeedArticle() {
        TestHttp http = TestHttp.browser(port);
        String link = "/articles/" + seedId();
        TestHttp.Response channel = http.get("/channels/gonghui");
        assertThat(channel.status()).isEqualTo(200);
        assertThat(channel.body()).contains("工会");
        assertThat(http.get("/topics/xuexi-guanche").body()).contains(link);
        assertThat(http.get("/calendar/2019-09-24").body()).contains(link, "在生态文明建设中努力践行");
        assertThat(http.get("/calendar/2019-09").body()).contains("/calendar/2019-09-24");
        TestHttp.Response feed = http.get("/channels/gonghui/feed.xml");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).contains("rss+xml");
        assertThat(feed.body()).startsWith("<?xml").contains("<rss version=\"2.0\">", "/articles/");
        assertThat(http.get("/feed.xml").body()).contains("<item>");
    }

    @Test
    void unknownThingsAreNotFound() {
        TestHttp http = TestHttp.browser(port);
        assertThat(http.get("/articles/999999999").status()).isEqualTo(404);
        assertThat(http.get("/channels/no-such-channel").status()).isEqualTo(404);
        assertThat(http.get("/topics/no-such-topic").status()).isEqualTo(404);
        assertThat(http.get("/calendar/2019-13-45").status()).isEqualTo(404);
    }

    @Test
    void anonymousPagesCarryAnEtagAndAnswer304() {
        TestHttp http = TestHttp.browser(port);
        String path = "/articles/" + seedId();
        TestHttp.Response first = http.getWithHeader(path, "Accept-Encoding", "gzip");
        assertThat(first.header("Content-Encoding")).isEqualTo("gzip");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        TestHttp.Response again = http.getWithHeader(path, "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.header("Content-Security-Policy")).isNotBlank();
    }

    @Test
    void picturesAreServedWithTheirSizeAndLazily() {
        String home = TestHttp.browser(port).get("/").body();
        Matcher img = Pattern.compile("<img src=\"(/portal-images/\\d+/thumb)\" width=\"\\d+\" height=\"\\d+\" loading=\"lazy\"").matcher(home);
        assertThat(img.find()).as("picture news with width, height and lazy loading").isTrue();
        TestHttp.Response picture = TestHttp.browser(port).get(img.group(1));
        assertThat(picture.status()).isEqualTo(200);
        assertThat(picture.header("Content-Type")).isEqualTo("image/jpeg");
    }
}
