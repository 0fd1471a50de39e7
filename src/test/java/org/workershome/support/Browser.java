package org.workershome.support;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * One Chromium for the whole run (started by the first browser test class), a fresh context (cookies, storage)
 * per test; a failed test leaves a full-page screenshot in {@code target/browser-failures/}. The browser is Debian's ({@code $CHROMIUM},
 * default {@code /usr/bin/chromium}); Playwright never downloads one.
 */
public class Browser implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

    static final Path FAILURES = Paths.get("target", "browser-failures");
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Browser.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        // the root store lives for the whole run: one Chromium for all browser test classes, closed at the end
        context.getRoot().getStore(NS).computeIfAbsent("chromium", key -> launch(), Chromium.class);
    }

    private static Chromium launch() {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        com.microsoft.playwright.Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        return new Chromium(playwright, browser);
    }

    /** Closed by JUnit with the root store; closing Playwright closes its browser. */
    private record Chromium(Playwright playwright, com.microsoft.playwright.Browser browser) implements AutoCloseable {
        @Override
        public void close() {
            playwright.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Page resolveParameter(ParameterContext parameter, ExtensionContext context) {
        com.microsoft.playwright.Browser browser = context.getRoot().getStore(NS).get("chromium", Chromium.class).browser();
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        BrowserContext browserContext = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port).setLocale("zh-CN"));
        browserContext.setDefaultTimeout(15_000);
        context.getStore(NS).put("context", browserContext);
        Page page = browserContext.newPage();
        context.getStore(NS).put("page", page);
        return page;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BrowserContext browserContext = context.getStore(NS).remove("context", BrowserContext.class);
        Page page = context.getStore(NS).remove("page", Page.class);
        if (browserContext == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent() && page != null) {
                Path file = FAILURES.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + ".png");
                page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                System.err.println("Browser test failed at " + page.url() + "; screenshot: " + file.toAbsolutePath());
            }
        } finally {
            browserContext.close();
        }
    }
}
