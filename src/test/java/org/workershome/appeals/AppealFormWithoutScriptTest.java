package org.workershome.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** The appeal form is a plain form: without JavaScript it posts and redirects, and a resend makes no second appeal. */
@IntegrationTest
class AppealFormWithoutScriptTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void plainFormPostSubmitsOnceEvenWhenSentTwiceWithItsToken() {
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        String title = "无脚本提交" + System.nanoTime();
        Map<String, String> fields = Map.of("category", "OTHER", "title", title, "content", "手机浏览器关闭了脚本。",
                "requestToken", UUID.randomUUID().toString());

        TestHttp.Response first = worker.postForm("/appeals", fields);
        TestHttp.Response again = worker.postForm("/appeals", fields);

        assertThat(first.status()).isEqualTo(302);
        assertThat(first.header("Location")).matches(".*/appeals/SQ\\d{8}-\\d+\\?submitted");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(jdbc.queryForObject("select count(*) from appeal where title = ?", Integer.class, title)).isEqualTo(1);
    }
}
