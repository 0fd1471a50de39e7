package org.workershome.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

/** In a real browser: the body is written with the toolbar, not in HTML, and comes out as HTML elements. */
@IntegrationTest
@BrowserTest
class NewsroomBodyEditorTest {

    @LocalServerPort
    int port;

    @Test
    void chiefWritesAHeadingBoldTextAndAListWithTheToolbar(Page chief) {
        String title = "工具栏排版的稿件" + System.nanoTime();
        PortalJourneyTest.signIn(chief, "chief");
        chief.navigate("/editor/articles/new");
        assertThat(chief.locator("textarea[name=body]")).isHidden();
        chief.fill("input[name=title]", title);
        chief.selectOption("select[name=channelId]", new SelectOption().setLabel("工会"));

        chief.click("#body-field .ql-editor");
        chief.click("button.ql-header[value='2']");
        chief.keyboard().type("高原气象站的一天");
        chief.keyboard().press("Enter");
        chief.click("button.ql-bold");
        chief.keyboard().type("坚守岗位");
        chief.click("button.ql-bold");
        chief.keyboard().type("的职工。");
        chief.keyboard().press("Enter");
        chief.click("button.ql-list[value='bullet']");
        chief.keyboard().type("观测");
        chief.keyboard().press("Enter");
        chief.keyboard().type("记录");
        chief.click("#article-form button[type=submit]");
        chief.waitForURL(Pattern.compile(".*/editor/articles/\\d+\\?saved$"));

        assertThat(chief.locator("#preview h2")).hasText("高原气象站的一天");
        assertThat(chief.locator("#preview strong")).hasText("坚守岗位");
        assertThat(chief.locator("#preview ul li")).hasText(new String[] {"观测", "记录"});
        // the saved body opens in the visual editor again
        assertThat(chief.locator("#body-field .ql-editor h2")).hasText("高原气象站的一天");

        // a picture uploaded for the article, then put into the body with its insert button
        chief.setInputFiles("input[name=pictures]", new FilePayload("yak.png", "image/png", png()));
        chief.click("#article-form button[type=submit]");
        chief.waitForURL(Pattern.compile(".*/editor/articles/\\d+\\?saved$"));
        chief.click("#body-field .ql-editor ul li >> nth=1");
        chief.keyboard().press("End");
        chief.click(".insert-picture");
        chief.click("#article-form button[type=submit]");
        chief.waitForURL(Pattern.compile(".*/editor/articles/\\d+\\?saved$"));
        assertThat(chief.locator("#preview img")).hasAttribute("src", Pattern.compile("^/portal-images/\\d+/large$"));

        chief.click("#act-SUBMIT");
        chief.click("#act-PUBLISH");
        assertThat(chief.locator("#status")).hasText("已发布");
        chief.navigate(chief.locator("#public-link").getAttribute("href"));
        assertThat(chief.locator(".body h2")).hasText("高原气象站的一天");
        assertThat(chief.locator(".body strong")).hasText("坚守岗位");
        assertThat(chief.locator(".body ul li")).hasCount(2);
        assertThat(chief.locator(".body img")).hasAttribute("loading", "lazy");
    }

    private static byte[] png() {
        try {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(640, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withoutJavaScriptTheTextareaStillWorks(Page page) {
        try (BrowserContext noJs = page.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port).setLocale("zh-CN").setJavaScriptEnabled(false))) {
            Page editor = noJs.newPage();
            PortalJourneyTest.signIn(editor, "editor");
            editor.navigate("/editor/articles/new");
            assertThat(editor.locator("textarea[name=body]")).isVisible();
            assertThat(editor.locator("#body-field .editor-toolbar")).isHidden();
            String title = "无脚本写稿" + System.nanoTime();
            editor.fill("input[name=title]", title);
            editor.selectOption("select[name=channelId]", new SelectOption().setLabel("工会"));
            editor.fill("textarea[name=body]", "<h2>小标题</h2><p>正文</p>");
            editor.click("#article-form button[type=submit]");
            editor.waitForURL(Pattern.compile(".*/editor/articles/\\d+\\?saved$"));
            assertThat(editor.locator("#preview h2")).hasText("小标题");
        }
    }
}
