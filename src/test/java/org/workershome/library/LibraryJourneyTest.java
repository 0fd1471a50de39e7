package org.workershome.library;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.workershome.core.demo.DemoData;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

/**
 * In a real browser at phone width: the librarian uploads a book for the whole union; a worker at the weather
 * station finds it by a Chinese word, reads into the second chapter and leaves; on another device the same
 * account opens the book and continues in the second chapter.
 */
@IntegrationTest
@BrowserTest
class LibraryJourneyTest {

    @Test
    void librarianUploadsWorkerFindsReadsLeavesAndContinuesOnAnotherDevice(Page librarian) {
        librarian.setViewportSize(375, 740);
        signIn(librarian, "librarian");
        librarian.navigate("/library/new");
        librarian.setInputFiles("input[name=file]", new FilePayload("glacier.epub", "application/epub+zip",
                LibraryFixtures.epub("冰川融水观测手册", "周九", "冰川融水是三江源的重要水源。")));
        librarian.selectOption("select[name=orgId]", new SelectOption().setLabel("中国农林水利气象工会"));
        librarian.selectOption("select[name=category]", "TECHNICAL_SKILLS");
        librarian.click("form.form button[type=submit]");
        librarian.waitForURL(Pattern.compile(".*/library/books/\\d+/edit\\?uploaded$"));
        assertThat(librarian.locator("input[name=title]")).hasValue("冰川融水观测手册");

        try (BrowserContext phone = librarian.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL(base(librarian)).setLocale("zh-CN").setViewportSize(375, 740))) {
            Page worker = phone.newPage();
            signIn(worker, "worker.station");
            worker.navigate("/library");
            worker.fill("input[name=q]", "冰川融水");
            worker.press("input[name=q]", "Enter");
            worker.waitForURL(Pattern.compile(".*/library\\?q=.*"));
            worker.click("text=冰川融水观测手册");
            assertThat(worker.locator("h1")).hasText("冰川融水观测手册");
            worker.click("a.button");
            assertThat(worker.locator("#page")).containsText("冰川融水是三江源的重要水源。");
            worker.click("a[rel=next]");
            assertThat(worker.locator("#page")).containsText("第二章的内容。");
            assertThat(worker.locator("#reader")).hasAttribute("data-part", "1");
            int width = ((Number) worker.evaluate("document.documentElement.scrollWidth")).intValue();
            org.assertj.core.api.Assertions.assertThat(width).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
            worker.click("[data-night]");
            assertThat(worker.locator("#reader")).hasClass(Pattern.compile(".*night.*"));
            worker.navigate("/me");
        }

        try (BrowserContext desktop = librarian.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL(base(librarian)).setLocale("zh-CN"))) {
            Page worker = desktop.newPage();
            signIn(worker, "worker.station");
            worker.navigate("/library?q=%E5%86%B0%E5%B7%9D");
            worker.click("text=冰川融水观测手册");
            worker.click("a.button");
            assertThat(worker.locator("#reader")).hasAttribute("data-part", "1");
            assertThat(worker.locator("#page")).containsText("第二章的内容。");
            assertThat(worker.locator("#reader")).not().hasClass(Pattern.compile(".*night.*"));
        }
    }

    private static String base(Page page) {
        return page.url().replaceAll("^(https?://[^/]+).*", "$1");
    }

    static void signIn(Page page, String username) {
        page.navigate("/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", DemoData.PASSWORD);
        page.click("form.form button[type=submit]");
        page.waitForURL("**/me");
    }
}
