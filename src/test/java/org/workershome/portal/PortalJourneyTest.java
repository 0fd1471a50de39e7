package org.workershome.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.core.demo.DemoData;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/** In a real browser: the editor writes and submits, the chief approves, a visitor on a phone reads and finds it. */
@IntegrationTest
@BrowserTest
class PortalJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void editorWritesChiefApprovesVisitorOnAPhoneReadsAndFindsIt(Page editor) {
        String title = "玛多气象站职工冬季观测记" + System.nanoTime();
        signIn(editor, "editor");
        editor.navigate("/editor/articles/new");
        editor.fill("input[name=title]", title);
        editor.selectOption("select[name=channelId]", new com.microsoft.playwright.options.SelectOption().setLabel("工会"));
        editor.fill("input[name=author]", "本网记者");
        editor.fill("input[name=source]", "职工之家");
        editor.fill("input[name=editorName]", "姚怡梦");
        editor.click("#body-field .source-toggle"); // the HTML source behind the visual editor
        editor.fill("textarea[name=body]", "<p>海拔四千三百米的玛多气象站，职工们在零下三十度坚持观测雪豹出没。</p>");
        editor.click("#article-form button[type=submit]");
        editor.waitForURL(Pattern.compile(".*/editor/articles/\\d+\\?saved$"));
        String path = editor.url().replaceAll(".*(/editor/articles/\\d+).*", "$1");
        editor.click("#act-SUBMIT");
        assertThat(editor.locator("#status")).hasText("待审");

        try (BrowserContext chiefContext = editor.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port).setLocale("zh-CN"))) {
            Page chief = chiefContext.newPage();
            signIn(chief, "chief");
            chief.navigate("/editor");
            chief.click("#queue-submitted a:text-is('" + title + "')");
            assertThat(chief).hasURL(Pattern.compile(".*" + path + "$"));
            chief.click("#act-PUBLISH");
            assertThat(chief.locator("#status")).hasText("已发布");
            String articleUrl = chief.locator("#public-link").getAttribute("href");

            try (BrowserContext phone = editor.context().browser().newContext(new Browser.NewContextOptions()
                    .setBaseURL("http://127.0.0.1:" + port).setLocale("zh-CN").setViewportSize(375, 740)
                    .setJavaScriptEnabled(false).setIsMobile(true))) {
                Page visitor = phone.newPage();
                visitor.navigate("/");
                visitor.click("a:text-is('" + title + "')");
                assertThat(visitor).hasURL(Pattern.compile(".*" + articleUrl + "$"));
                assertThat(visitor.locator("h1")).hasText(title);
                assertThat(visitor.locator(".meta")).containsText("姚怡梦");
                int width = ((Number) visitor.evaluate("() => document.documentElement.scrollWidth")).intValue();
                org.assertj.core.api.Assertions.assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(375);

                visitor.fill("header input[name=q]", "雪豹");
                visitor.press("header input[name=q]", "Enter");
                assertThat(visitor.locator("ol.hits")).containsText(title);
                assertThat(visitor.locator("ol.hits mark").first()).hasText("雪豹");
            }
        }
    }

    static void signIn(Page page, String username) {
        page.navigate("/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", DemoData.PASSWORD);
        page.click("form.form button[type=submit]");
        page.waitForURL("**/me");
    }
}
