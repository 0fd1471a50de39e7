package org.workershome.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** Rich text keeps safe formatting only, with pictures only from where the caller allows (here: the portal's store). */
class SafeHtmlTest {

    private static final UnaryOperator<String> OWN = src -> src.startsWith("/portal-images/") ? src : null;

    @Test
    void dropsScriptsStylesAndEventAttributes() {
        String dirty = "<p onclick=\"steal()\">职工<b onmouseover=\"x()\">书屋</b></p><script>alert(1)</script>"
                + "<style>p{display:none}</style><iframe src=\"https://evil.example\"></iframe>"
                + "<a href=\"javascript:alert(1)\">链接</a><img src=\"https://evil.example/x.png\" onerror=\"x()\">";
        String clean = SafeHtml.clean(dirty, OWN);
        assertThat(clean).contains("<p>职工<b>书屋</b></p>", "链接")
                .doesNotContain("script", "alert", "onclick", "onmouseover", "onerror", "<style", "iframe", "javascript:",
                        "evil.example");
    }

    @Test
    void keepsHeadingsListsLinksAndOwnPicturesLazily() {
        String clean = SafeHtml.clean("<h3>小标题</h3><ul><li>一</li></ul><blockquote>引用</blockquote>"
                + "<a href=\"https://www.acftu.org/\">全总</a><img src=\"/portal-images/3/large\" width=\"640\" height=\"400\" alt=\"图\">", OWN);
        assertThat(clean).contains("<h3>小标题</h3>", "<li>一</li>", "<blockquote>引用</blockquote>",
                "href=\"https://www.acftu.org/\"", "rel=\"nofollow noopener\"", "src=\"/portal-images/3/large\"",
                "width=\"640\"", "loading=\"lazy\"");
    }

    /** What the newsroom's body editor (Quill) writes survives as it is meant, minus the attributes we do not keep. */
    @Test
    void theBodyEditorsOutputSurvives() {
        String quill = "<h2>高原气象站的一天</h2><p><strong>坚守岗位</strong>的<em>职工</em>。</p><p><br></p>"
                + "<ol><li>观测</li><li>记录</li></ol><ul><li>值班</li></ul><blockquote>不忘初心</blockquote>"
                + "<p><a href=\"https://www.acftu.org/\" rel=\"noopener noreferrer\" target=\"_blank\">全总</a>"
                + "<a href=\"/topics/laomo\" rel=\"noopener noreferrer\" target=\"_blank\">专题</a></p>"
                + "<p><img src=\"/portal-images/7/large\" width=\"800\" height=\"500\" alt=\"\"></p>";
        assertThat(SafeHtml.clean(quill, OWN)).isEqualTo("<h2>高原气象站的一天</h2><p><strong>坚守岗位</strong>的<em>职工</em>。</p>"
                + "<p><br></p><ol><li>观测</li><li>记录</li></ol><ul><li>值班</li></ul><blockquote>不忘初心</blockquote>"
                + "<p><a href=\"https://www.acftu.org/\" rel=\"nofollow noopener\">全总</a>"
                + "<a href=\"/topics/laomo\" rel=\"noopener noreferrer\">专题</a></p>"
                + "<p><img src=\"/portal-images/7/large\" width=\"800\" height=\"500\" alt=\"\" loading=\"lazy\"></p>");
    }

    @Test
    void plainTextBecomesEscapedParagraphs() {
        assertThat(SafeHtml.fromText("第一段<b>\n\n第二段")).isEqualTo("<p>第一段&lt;b&gt;</p><p>第二段</p>");
    }

    @Test
    void peoplesTextsMayNotSetIdsButBooksKeepTheirAnchors() {
        String html = "<p id=\"messages\">正文<a href=\"#n1\">注</a></p>";
        assertThat(SafeHtml.clean(html, OWN)).isEqualTo("<p>正文<a href=\"#n1\">注</a></p>");
        assertThat(SafeHtml.clean(html, src -> null, true)).isEqualTo("<p id=\"messages\">正文<a href=\"#n1\">注</a></p>");
    }

    @Test
    void relativeLinksAreRewrittenOrReducedToTheirText() {
        SafeHtml.Links links = new SafeHtml.Links() {
            @Override public String picture(String src) { return null; }
            @Override public String link(String href) { return href.equals("ch2.xhtml") ? "/read?part=2" : null; }
        };
        assertThat(SafeHtml.clean("<a href=\"ch2.xhtml\">下一章</a><a href=\"../../etc/passwd\">坏</a>", links, false))
                .isEqualTo("<a href=\"/read?part=2\">下一章</a>坏");
    }
}
