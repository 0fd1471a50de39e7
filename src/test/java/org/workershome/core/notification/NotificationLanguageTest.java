package org.workershome.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

import com.icegreen.greenmail.util.GreenMail;

import tools.jackson.databind.JsonNode;

/**
 * A notification keeps its message key and arguments and is written in its reader's language: on the inbox page in
 * the page's language, in the API by {@code Accept-Language}, in the e-mail in the language the recipient chose.
 */
@IntegrationTest
class NotificationLanguageTest {

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theInboxShowsTheSameNotificationInChineseAndInEnglish() {
        String title = "T-" + UUID.randomUUID();
        Long id = notifications.notify(accountId("rep.forest"),
                Text.of("noticeboard.notify.posted", title, Text.of("noticeboard.kind.WATER")),
                Text.of("noticeboard.notify.body", title), "/noticeboard/public");

        TestHttp rep = TestHttp.signedIn(port, "rep.forest");
        assertThat(rep.get("/notifications").body()).contains("新公告：" + title + "（停水）", "请在公告板查看" + title + "。");
        assertThat(rep.get("/notifications?lang=en").body()).contains("New notice: " + title + " (water cut)",
                "See " + title + " on the notice board.");

        JsonNode english = item(TestHttp.api(port, "rep.forest")
                .getWithHeader("/api/v1/notifications?size=100", "Accept-Language", "en").json(), id);
        assertThat(english.get("subject").asString()).isEqualTo("New notice: " + title + " (water cut)");
        JsonNode chinese = item(TestHttp.api(port, "rep.forest").get("/api/v1/notifications?size=100").json(), id);
        assertThat(chinese.get("subject").asString()).isEqualTo("新公告：" + title + "（停水）");
        assertThat(jdbc.queryForObject("select subject from notification where id = ?", String.class, id))
                .as("the stored rendering, for whoever reads the table").isEqualTo("新公告：" + title + "（停水）");
        TestHttp.signedIn(port, "rep.forest").get("/me?lang=zh-CN");
    }

    @Test
    void theMailIsInTheLanguageTheRecipientChoseOnThePages() throws Exception {
        TestHttp worker = TestHttp.signedIn(port, "worker.station");
        try {
            assertThat(worker.get("/me?lang=en").status()).isEqualTo(200);
            assertThat(jdbc.queryForObject("select preferred_language from account where username = 'worker.station'",
                    String.class)).isEqualTo("en");
            String title = "M-" + UUID.randomUUID();
            notifications.notify(accountId("worker.station"), Text.of("noticeboard.notify.posted", title,
                    Text.of("noticeboard.kind.WATER")), null, null);
            MimeMessage mail = awaitMail("New notice: " + title + " (water cut)");
            assertThat(mail).as("an English mail").isNotNull();
        } finally {
            worker.get("/me?lang=zh-CN");
        }
        assertThat(jdbc.queryForObject("select preferred_language from account where username = 'worker.station'",
                String.class)).isEqualTo("zh-CN");
        String title = "Z-" + UUID.randomUUID();
        notifications.notify(accountId("worker.station"), Text.of("noticeboard.notify.posted", title,
                Text.of("noticeboard.kind.WATER")), null, null);
        assertThat(awaitMail("新公告：" + title + "（停水）")).as("a Chinese mail").isNotNull();
    }

    @Test
    void aNotificationStoredBeforeTextsHadKeysReadsAsItWasWritten() {
        String subject = "旧通知 " + UUID.randomUUID();
        jdbc.update("insert into notification (account_id, subject, created_at) values (?, ?, current_timestamp)",
                accountId("rep.forest"), subject);
        assertThat(TestHttp.signedIn(port, "rep.forest").get("/notifications?lang=en").body()).contains(subject);
        TestHttp.signedIn(port, "rep.forest").get("/me?lang=zh-CN");
    }

    private Long accountId(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private static JsonNode item(JsonNode page, Long id) {
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("notification " + id + " not in " + page);
    }

    private MimeMessage awaitMail(String subject) throws Exception {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            greenMail.waitForIncomingEmail(500, 1);
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                if (subject.equals(message.getSubject())) {
                    return message;
                }
            }
        }
        return null;
    }
}
