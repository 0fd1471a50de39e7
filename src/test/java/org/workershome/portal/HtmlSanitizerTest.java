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

    @Test
    void plainTextBecomesEscapedParagraphs() {
        assertThat(HtmlSanitizer.fromText("第一段<b>\n\n第二段")).isEqualTo("<p>第一段&lt;b&gt;</p><p>第二段</p>");
    }
}
