package org.workershome.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Article bodies keep safe formatting only. */
class HtmlSanitizerTest {

    @Test
    void dropsScriptsStylesAndEventAttributes() {
        String dirty = "<p onclick=\"steal()\">职工<b onmouseover=\"x()\">书屋</b></p><script>alert(1)</script>"
                + "<style>p{display:none}</style><iframe src=\"https://evil.example\"></iframe>"
                + "<a href=\"javascript:alert(1)\">链接</a><img src=\"https://evil.example/x.png\" onerror=\"x()\">";
        String clean = HtmlSanitizer.clean(dirty);
        assertThat(clean).contains("<p>职工<b>书屋</b></p>", "链接")
                .doesNotContain("script", "alert", "onclick", "onmouseover", "onerror", "<style", "iframe", "javascript:",
                        "evil.example");
    }

    @Test
    void keepsHeadingsListsLinksAndOwnPicturesLazily() {
        String clean = HtmlSanitizer.clean("<h3>小标题</h3><ul><li>一</li></ul><blockquote>引用</blockquote>"
                + "<a href=\"https://www.acftu.org/\">全总</a><img src=\"/portal-images/3/large\" width=\"640\" height=\"400\" alt=\"图\">");
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
        assertThat(HtmlSanitizer.clean(quill)).isEqualTo("<h2>高原气象站的一天</h2><p><strong>坚守岗位</strong>的<em>职工</em>。</p>"
                + "<p><br></p><ol><li>观测</li><li>记录</li></ol><ul><li>值班</li></ul><blockquote>不忘初心</blockquote>"
                + "<p><a href=\"https://www.acftu.org/\" rel=\"nofollow noopener\">全总</a>"
                + "<a href=\"/topics/laomo\" rel=\"noopener noreferrer\">专题</a></p>"
                + "<p><img src=\"/portal-images/7/large\" width=\"800\" height=\"500\" alt=\"\" loading=\"lazy\"></p>");
    }

    @Test
    void plainTextBecomesEscapedParagraphs() {
        assertThat(HtmlSanitizer.fromText("第一段<b>\n\n第二段")).isEqualTo("<p>第一段&lt;b&gt;</p><p>第二段</p>");
    }
}
