package org.workershome.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

import com.icegreen.greenmail.util.GreenMail;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class NotificationsTest {

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void notificationIsInItsAccountsInboxOnlyAndOthersGet404() {
        String subject = "诉求已受理 " + UUID.randomUUID();
        Long id = notifications.notify(accountId("worker.forest"), said(subject), said("请查看处理进度。"), "/me");

        TestHttp owner = TestHttp.api(port, "worker.forest");
        JsonNode item = findItem(owner.get("/api/v1/notifications?size=100").json().get("items"), id);
        assertThat(item).isNotNull();
        assertThat(item.get("subject").asString()).isEqualTo(subject);
        assertThat(item.get("read").asBoolean()).isFalse();

        TestHttp other = TestHttp.api(port, "worker.station");
        assertThat(findItem(other.get("/api/v1/notifications?size=100").json().get("items"), id)).isNull();
        assertThat(other.postJson("/api/v1/notifications/" + id + "/read", null).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "worker.station").postForm("/notifications/" + id + "/read", Map.of()).status())
                .isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "worker.station").get("/notifications").body()).doesNotContain(subject);

        TestHttp.Response read = owner.postJson("/api/v1/notifications/" + id + "/read", null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("read").asBoolean()).isTrue();
    }

    @Test
    void inboxPageShowsUnreadInBoldWithTheCountAndMarksAllRead() {
        String subject = "培训通知 " + UUID.randomUUID();
        notifications.notify(accountId("rep.forest"), said(subject), null, null);
        TestHttp rep = TestHttp.signedIn(port, "rep.forest");

        long unread = TestHttp.api(port, "rep.forest").get("/api/v1/notifications").json().get("unread").asLong();
        assertThat(unread).isPositive();
        String page = rep.get("/notifications").body();
        assertThat(page).contains("<strong>" + subject + "</strong>", "未读 " + unread + " 条");

        assertThat(rep.postForm("/notifications/read-all", Map.of()).status()).isEqualTo(302);
        assertThat(TestHttp.api(port, "rep.forest").get("/api/v1/notifications").json().get("unread").asLong()).isZero();
        assertThat(rep.get("/notifications").body()).contains(subject).doesNotContain("<strong>" + subject);
    }

    @Test
    void notificationIsEmailedFromTheConfiguredAddressAfterCommit() throws Exception {
        String subject = "帮扶审批结果 " + UUID.randomUUID();
        notifications.notify(accountId("worker.forest"), said(subject), said("您的帮扶申请已通过。"), "/me");

        MimeMessage mail = awaitMail(subject).orElseThrow(() -> new AssertionError("no mail with subject " + subject));
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Address::toString))
                .containsExactly("worker_forest@demo.workershome.local");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("noreply@workershome.local");
        assertThat(String.valueOf(mail.getContent())).contains("您的帮扶申请已通过。\n\nhttps://zgzj.example.cn/me");
    }

    @Test
    void linksInMailsAreAbsoluteWithTheBaseUrl() throws Exception {
        String subject = "诉求已答复 " + UUID.randomUUID();
        notifications.notify(accountId("worker.forest"), said(subject), null, "/appeals/SQ2026112500001");

        MimeMessage mail = awaitMail(subject).orElseThrow(() -> new AssertionError("no mail with subject " + subject));
        assertThat(String.valueOf(mail.getContent()).strip()).isEqualTo("https://zgzj.example.cn/appeals/SQ2026112500001");
    }

    @Test
    void rollbackOfTheCallersTransactionStoresNothingAndSendsNoMail() throws Exception {
        String rolledBack = "已撤销 " + UUID.randomUUID();
        tx.executeWithoutResult(status -> {
            notifications.notify(accountId("worker.station"), said(rolledBack), said("不应送达"), null);
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from notification where subject = ?", Long.class, rolledBack)).isZero();

        // A committed notification after it: once its mail has arrived, the rolled-back one would have too.
        String marker = "标记 " + UUID.randomUUID();
        notifications.notify(accountId("worker.station"), said(marker), null, null);
        assertThat(awaitMail(marker)).isPresent();
        Thread.sleep(300);
        assertThat(mailWithSubject(rolledBack)).isEmpty();
    }

    private Long accountId(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private Optional<MimeMessage> awaitMail(String subject) throws InterruptedException, MessagingException {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            greenMail.waitForIncomingEmail(500, 1);
            Optional<MimeMessage> found = mailWithSubject(subject);
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    private Optional<MimeMessage> mailWithSubject(String subject) throws MessagingException {
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (subject.equals(message.getSubject())) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    private static JsonNode findItem(JsonNode items, Long id) {
        for (JsonNode item : items) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        return null;
    }

    /** A text of the tests' own bundle that reads as the given words in every language. */
    private static Text said(String words) {
        return Text.of("noticeboard.notify.said", words);
    }
}
