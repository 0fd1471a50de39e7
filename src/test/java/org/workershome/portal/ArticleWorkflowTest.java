package org.workershome.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

import tools.jackson.databind.JsonNode;

/** The editorial workflow over the editor API: who may do what, scheduled publishing, revisions, audit. */
@IntegrationTest
class ArticleWorkflowTest {

    @LocalServerPort
    int port;

    @Autowired
    Channels channels;

    @Autowired
    TestClock clock;

    @Autowired
    PortalCache cache;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Map<String, Object> draft(String title) {
        return Map.of("title", title, "author", "本网记者", "source", "职工之家", "editorName", "姚怡梦",
                "body", "<p>气象站职工坚守高原。<script>alert(1)</script></p>",
                "channelId", channels.findBySlug("gonghui").orElseThrow().getId(), "topicIds", List.of(), "headline", false);
    }

    private long create(TestHttp editor, String title) {
        TestHttp.Response created = editor.postJson("/api/v1/portal/articles", draft(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void editorWritesAndSubmitsChiefPublishesAndWithdraws() {
        TestHttp editor = TestHttp.api(port, "editor");
        TestHttp chief = TestHttp.api(port, "chief");
        String title = "高原气象站职工坚守岗位" + System.nanoTime();
        long id = create(editor, title);
        JsonNode created = editor.get("/api/v1/portal/articles/" + id).json();
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.get("body").asString()).doesNotContain("script", "alert");
        assertThat(TestHttp.browser(port).get("/articles/" + id).status()).isEqualTo(404);

        assertThat(editor.postJson("/api/v1/portal/articles/" + id + "/publish", Map.of()).status())
                .as("an editor may not publish").isEqualTo(403);
        assertThat(editor.postJson("/api/v1/portal/articles/" + id + "/submit", null).json().get("status").asString())
                .isEqualTo("SUBMITTED");
        assertThat(chief.postJson("/api/v1/portal/articles/" + id + "/publish", Map.of()).json().get("status").asString())
                .isEqualTo("PUBLISHED");
        assertThat(TestHttp.browser(port).get("/articles/" + id).body()).contains(title, "姚怡梦");
        assertThat(TestHttp.browser(port).get("/").body()).as("the home page cache was emptied on publish").contains(title);

        Map<String, Object> edited = new java.util.HashMap<>(draft(title + "（修订）"));
        assertThat(editor.sendJson("PUT", "/api/v1/portal/articles/" + id, edited, Map.of()).status())
                .as("only a publisher edits what is live").isEqualTo(403);
        JsonNode revised = chief.sendJson("PUT", "/api/v1/portal/articles/" + id, edited, Map.of()).json();
        assertThat(revised.get("revisions").size()).isEqualTo(2);

        assertThat(editor.postJson("/api/v1/portal/articles/" + id + "/withdraw", Map.of()).status()).isEqualTo(403);
        assertThat(chief.postJson("/api/v1/portal/articles/" + id + "/withdraw", Map.of("note", "核实中")).json()
                .get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(TestHttp.browser(port).get("/articles/" + id).status()).isEqualTo(404);
        assertThat(TestHttp.browser(port).get("/").body()).doesNotContain(title);

        assertThat(jdbc.queryForList("select action from audit_log where target_type = 'portal_article' and target_id = ?",
                String.class, String.valueOf(id))).contains("PORTAL_ARTICLE_CREATE", "PORTAL_ARTICLE_UPDATE",
                "PORTAL_ARTICLE_SUBMIT", "PORTAL_ARTICLE_PUBLISH", "PORTAL_ARTICLE_WITHDRAW");
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyMakesOneArticle() {
        TestHttp editor = TestHttp.api(port, "editor");
        String key = java.util.UUID.randomUUID().toString();
        TestHttp.Response first = editor.sendJson("POST", "/api/v1/portal/articles", draft("重复提交" + key), Map.of("Idempotency-Key", key));
        TestHttp.Response again = editor.sendJson("POST", "/api/v1/portal/articles", draft("重复提交" + key), Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
    }

    @Test
    void aStepTheStatusDoesNotAllowIsAConflict() {
        TestHttp chief = TestHttp.api(port, "chief");
        long id = create(chief, "未提交的稿件" + System.nanoTime());
        TestHttp.Response publish = chief.postJson("/api/v1/portal/articles/" + id + "/publish", Map.of());
        assertThat(publish.status()).isEqualTo(409);
        assertThat(publish.header("Content-Type")).contains("problem+json");
    }

    @Test
    void workersAndAnonymousCannotUseTheNewsroom() {
        assertThat(TestHttp.api(port, "worker.forest").postJson("/api/v1/portal/articles", draft("x")).status()).isEqualTo(403);
        assertThat(TestHttp.anonymousApi(port).postJson("/api/v1/portal/articles", draft("x")).status()).isEqualTo(401);
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/editor").status()).isEqualTo(403);
    }

    @Test
    void invalidDraftsAreRefusedFieldByField() {
        Map<String, Object> bad = new java.util.HashMap<>(draft(""));
        bad.put("body", "<script>only a script</script>");
        TestHttp.Response response = TestHttp.api(port, "editor").postJson("/api/v1/portal/articles", bad);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("title", "body");
    }

    @Test
    void aScheduledArticleAppearsWhenItsTimeComes() {
        TestHttp chief = TestHttp.api(port, "chief");
        String title = "定时发布的稿件" + System.nanoTime();
        long id = create(chief, title);
        chief.postJson("/api/v1/portal/articles/" + id + "/submit", null);
        Instant at = clock.instant().plus(Duration.ofHours(2));
        JsonNode scheduled = chief.postJson("/api/v1/portal/articles/" + id + "/publish", Map.of("publishAt", at.toString())).json();
        assertThat(scheduled.get("status").asString()).isEqualTo("PUBLISHED");
        TestHttp visitor = TestHttp.browser(port);
        assertThat(visitor.get("/articles/" + id).status()).isEqualTo(404);
        assertThat(visitor.get("/").body()).doesNotContain(title);
        try {
            clock.advance(Duration.ofHours(3));
            assertThat(visitor.get("/articles/" + id).status()).isEqualTo(200);
            assertThat(visitor.get("/").body()).as("the cache empties when a scheduled time comes").contains(title);
        } finally {
            clock.reset();
            cache.invalidate();
        }
    }
}
