package org.workershome.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A journey in headless Debian Chromium (Playwright), next to {@link IntegrationTest}: test methods take a
 * {@link com.microsoft.playwright.Page} parameter whose base URL is the running app. Tagged {@code browser},
 * so the PostgreSQL run of the suite leaves them out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(Browser.class)
public @interface BrowserTest {
}
