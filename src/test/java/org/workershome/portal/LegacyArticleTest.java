package org.workershome.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** Legacy pages like the seed of 中工网 are recognised: title, author, time, lead box, body, source, editor. */
class LegacyArticleTest {

    @Test
    void recognisesTheSeedPage() {
        LegacyArticle a = LegacyArticle.parse("seed.txt", PortalDemoData.read(PortalDemoData.SEED).getBytes(StandardCharsets.UTF_8));
        assertThat(a.errors()).isEmpty();
        assertThat(a.title()).isEqualTo("在生态文明建设中努力践行“以职工为中心”");
        assertThat(a.kicker()).isEqualTo(PortalDemoData.SEED_TOPIC);
        assertThat(a.author()).isEqualTo("蔡毅德");
        assertThat(a.publishedAt()).isEqualTo(LocalDateTime.of(2019, 9, 24, 9, 25, 23));
        assertThat(a.source()).isEqualTo("中工网——《工人日报》");
        assertThat(a.editorName()).isEqualTo("姚怡梦");
        assertThat(a.leadBox()).startsWith("蔡毅德观点\n党的十九大报告");
        assertThat(a.body()).contains("<h3>在生态文明建设中践行“以职工为中心”的工作导向</h3>", "职工书屋电子平台",
                "(作者为中国农林水利气象工会全国委员会主席、分党组书记)").doesNotContain("图片新闻", "友情链接", "王东明");
    }

    @Test
    void readsHtmlToo() {
        String html = "<html><head><title>旧稿</title></head><body><h1>林场工会举办技能竞赛</h1><p>张三</p><p>2020-05-01 08:00</p>"
                + "<p>竞赛吸引了三百名职工参加。</p><p>来源：职工之家</p><p>编辑：李四</p></body></html>";
        LegacyArticle a = LegacyArticle.parse("old.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(a.errors()).isEmpty();
        assertThat(a.title()).isEqualTo("林场工会举办技能竞赛");
        assertThat(a.author()).isEqualTo("张三");
        assertThat(a.publishedAt()).isEqualTo(LocalDateTime.of(2020, 5, 1, 8, 0));
        assertThat(a.source()).isEqualTo("职工之家");
        assertThat(a.editorName()).isEqualTo("李四");
        assertThat(a.body()).contains("<p>竞赛吸引了三百名职工参加。</p>");
    }

    @Test
    void reportsWhatIsMissing() {
        LegacyArticle a = LegacyArticle.parse("bad.txt", "只有一行字".getBytes(StandardCharsets.UTF_8));
        assertThat(a.ok()).isFalse();
        assertThat(a.errors()).containsExactly("portal.import.error.time");
    }
}
