package org.workershome.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** The calendar's day form: a missing date or kind is shown on the form, in the page's language, nothing saved. */
@IntegrationTest
class CalendarPageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDayWithoutDateOrWithAnUnknownKindIsRefusedOnTheForm() {
        TestHttp admin = TestHttp.signedIn(port, "admin");
        long before = jdbc.queryForObject("select count(*) from calendar_day", Long.class);
        TestHttp.Response noDate = admin.postForm("/calendar/days", Map.of("kind", "HOLIDAY", "name", "测试"));
        assertThat(noDate.status()).isEqualTo(200);
        assertThat(noDate.body()).contains("class=\"field-error\"").contains("请选择日期。");
        TestHttp.Response badKind = admin.postForm("/calendar/days?lang=en",
                Map.of("date", "2026-12-24", "kind", "PARTY", "name", "x"));
        assertThat(badKind.body()).contains("class=\"field-error\"").doesNotContain("请选择");
        assertThat(jdbc.queryForObject("select count(*) from calendar_day", Long.class)).isEqualTo(before);
        admin.get("/calendar?lang=zh-CN");
    }
}
