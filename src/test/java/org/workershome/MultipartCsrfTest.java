package org.workershome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/**
 * Multipart forms carry their CSRF token as a body field (Tomcat reads multipart fields for the security filter
 * because the dispatcher servlet has a multipart config), never in the URL, where access logs and Referer headers
 * would keep it.
 */
@IntegrationTest
class MultipartCsrfTest {

    private static final Pattern MULTIPART_FORM = Pattern.compile("<form[^>]*multipart/form-data[^>]*>(.*?)</form>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noTemplatePutsTheTokenInAFormAction() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).hasSizeGreaterThan(20);
        int multipart = 0;
        for (Resource template : templates) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(template.getFilename()).doesNotContain("_csrf=");
            Matcher form = Pattern.compile("<form[^>]*multipart/form-data[^>]*>", Pattern.DOTALL).matcher(html);
            while (form.find()) {
                multipart++;
                assertThat(form.group()).as("%s: th:action adds the hidden token field", template.getFilename())
                        .contains("th:action=").contains("method=\"post\"");
            }
        }
        assertThat(multipart).as("the multipart forms of the app").isGreaterThanOrEqualTo(6);
    }

    @Test
    void renderedMultipartFormsHoldTheTokenAsAField() {
        Map<String, String> pages = Map.of("/editor/articles/new", "editor", "/editor/import", "chief",
                "/appeals/new", "worker.forest", "/members/import", "cadre.forest");
        pages.forEach((path, user) -> {
            String html = TestHttp.signedIn(port, user).get(path).body();
            assertThat(html).as(path).doesNotContain("_csrf=");
            Matcher form = MULTIPART_FORM.matcher(html);
            assertThat(form.find()).as(path).isTrue();
            assertThat(form.group(1)).as(path).containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"");
        });
    }

    @Test
    void theTokenInTheBodyIsAcceptedAndAForgedOneRefused() {
        TestHttp editor = TestHttp.signedIn(port, "editor");
        long channel = jdbc.queryForObject("select id from portal_channel where slug = 'gonghui'", Long.class);
        String title = "正文里的令牌" + System.nanoTime();
        Map<String, String> fields = Map.of("title", title, "body", "<p>正文</p>", "channelId", String.valueOf(channel));
        TestHttp.Response saved = editor.postMultipart("/editor/articles", fields, "image", "empty.png", new byte[0], "image/png");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from portal_article where title = ?", Integer.class, title)).isEqualTo(1);

        String forged = "伪造令牌" + System.nanoTime();
        TestHttp.Response refused = editor.postMultipart("/editor/articles", Map.of("_csrf", "forged", "title", forged,
                "body", "<p>正文</p>", "channelId", String.valueOf(channel)), "image", "empty.png", new byte[0], "image/png");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from portal_article where title = ?", Integer.class, forged)).isZero();
    }
}
