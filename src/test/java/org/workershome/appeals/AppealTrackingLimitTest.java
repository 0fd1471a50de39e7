package org.workershome.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** One appeal's phone cannot be guessed: ten tries an hour per tracking number, from any address, then 429. */
@IntegrationTest
class AppealTrackingLimitTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theEleventhTryOfOneTrackingNumberWithinAnHourIsRefused() {
        String no = "SQ20990101-" + (System.nanoTime() % 1_000_000);
        TestHttp anonymous = TestHttp.browser(port);
        String csrf = anonymous.get("/appeals/track").body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        for (int i = 0; i < 10; i++) {
            TestHttp.Response tried = anonymous.postForm("/appeals/track",
                    Map.of("trackingNo", no, "phone", "1380000" + String.format("%04d", i), "_csrf", csrf));
            assertThat(tried.status()).isEqualTo(200);
            assertThat(tried.body()).contains("未找到该诉求");
        }
        TestHttp.Response refused = anonymous.postForm("/appeals/track", Map.of("trackingNo", no.toLowerCase(),
                "phone", "13800009999", "_csrf", csrf));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("查询次数过多").doesNotContain("Exception");

        TestHttp.Response other = anonymous.postForm("/appeals/track", Map.of("trackingNo", no + "1",
                "phone", "13800009999", "_csrf", csrf));
        assertThat(other.status()).as("another appeal").isEqualTo(200);
    }
}
