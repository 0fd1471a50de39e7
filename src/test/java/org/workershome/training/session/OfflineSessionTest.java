package org.workershome.training.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.time.Times;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

/** Offline sessions: the waiting list moving up on a cancellation, and sign-in by the QR's signed link in its window. */
@IntegrationTest
class OfflineSessionTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired SignInLinks links;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCancellationPromotesTheFirstOnTheWaitingListWhoIsTold() {
        long session = create(TestHttp.signedIn(port, "cadre.province"), "候补测试-" + System.nanoTime(), 1, 120);
        TestHttp first = TestHttp.signedIn(port, "worker.forest");
        TestHttp second = TestHttp.signedIn(port, "rep.forest");
        assertThat(first.postForm("/training/sessions/" + session + "/registration", Map.of()).status()).isEqualTo(302);
        assertThat(second.postForm("/training/sessions/" + session + "/registration", Map.of()).status()).isEqualTo(302);
        assertThat(first.get("/training/sessions/" + session).body()).contains("已报名").contains("已报 1/1，候补 1 人");
        assertThat(second.get("/training/sessions/" + session).body()).contains("候补第 1 位");
        TestHttp.Response refused = second.postForm("/training/sessions/" + session + "/check",
                Map.of("mode", "IN", "exp", "0", "sig", "x"));
        assertThat(refused.status()).isEqualTo(409);

        assertThat(first.postForm("/training/sessions/" + session + "/cancellation", Map.of()).status()).isEqualTo(302);
        assertThat(second.get("/training/sessions/" + session).body()).contains("id=\"my-place\"")
                .doesNotContain("候补第").contains("已报 1/1，候补 0 人");
        assertThat(second.get("/notifications").body()).contains("您已递补获得“");
        String roster = TestHttp.signedIn(port, "cadre.province").get("/training/sessions/" + session).body();
        assertThat(roster).contains("id=\"attendance\"").contains("已取消");
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").get("/training/sessions/" + session).status())
                .as("another province does not see it").isEqualTo(404);

        byte[] handout = "%PDF-1.4\n% 生态保护手册\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        assertThat(province.postMultipart("/training/sessions/" + session + "/materials", Map.of(), "file",
                "handout.pdf", handout, "application/pdf").status()).isEqualTo(302);
        assertThat(first.postMultipart("/training/sessions/" + session + "/materials", Map.of(), "file",
                "mine.pdf", handout, "application/pdf").status()).as("a worker adds no materials").isEqualTo(403);
        long file = jdbc.queryForObject("select id from attachment where target_type = 'training-session' and target_id = ?",
                Long.class, session);
        TestHttp.Response download = second.get("/training/sessions/" + session + "/attachments/" + file);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(handout);
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").get("/training/sessions/" + session + "/attachments/" + file)
                .status()).isEqualTo(404);
    }

    @Test
    void theQrLinkSignsInAndOutWithinTheWindowsOnlyAndAttendanceCompletesTheCourse() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        String courseTitle = "混合式课程-" + System.nanoTime();
        long course = org.workershome.training.TrainingFixtures.course(province, courseTitle, 0, 60, 0, 0);
        long session = create(province, "签到测试-" + System.nanoTime(), 10, 60, "courseId", String.valueOf(course));
        assertThat(province.get("/training/courses/" + course).body()).as("the session is the course's lesson")
                .contains("/training/sessions/" + session).contains("线下培训");
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        worker.postForm("/training/courses/" + course + "/enrolment", Map.of());
        worker.postForm("/training/sessions/" + session + "/registration", Map.of());
        assertThat(province.get("/training/sessions/" + session + "/qr").body()).contains("id=\"session-qr\"");
        assertThat(worker.get("/training/sessions/" + session + "/qr").status()).isEqualTo(403);

        TestHttp.Response early = check(worker, session, links.path(session, SignInLinks.Mode.IN));
        assertThat(early.status()).as("an hour before the start").isEqualTo(409);
        assertThat(early.body()).contains("不在签到时间内");

        String stale = links.path(session, SignInLinks.Mode.IN);
        clock.advance(Duration.ofMinutes(45));
        TestHttp.Response expired = check(worker, session, stale);
        assertThat(expired.status()).as("a code photographed 45 minutes ago").isEqualTo(409);
        assertThat(expired.body()).contains("二维码已过期或无效");
        String link = links.path(session, SignInLinks.Mode.IN);
        // one character of the signature changed (to another one: a signature may begin with 0)
        char first = link.charAt(link.indexOf("sig=") + 4);
        String forged = link.replace("sig=" + first, "sig=" + (first == '0' ? '1' : '0'));
        assertThat(check(worker, session, forged).status()).as("a forged code").isEqualTo(409);
        assertThat(worker.get(link).body()).contains("id=\"confirm-check\"");
        assertThat(check(worker, session, link).status()).isEqualTo(302);

        clock.advance(Duration.ofMinutes(30));
        assertThat(check(worker, session, links.path(session, SignInLinks.Mode.OUT)).status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("""
                select count(*) from training_registration
                where session_id = ? and signed_in_at is not null and signed_out_at is not null""", Long.class, session))
                .isEqualTo(1);
        assertThat(worker.get("/me").body()).contains("参加实体培训 1 次，共 1 小时");
        assertThat(worker.get("/training/courses/" + course).body()).as("attendance completed the blended course")
                .contains("id=\"certificate-link\"").contains("lesson-done");
        clock.advance(Duration.ofHours(2));
        TestHttp.Response tooLate = TestHttp.signedIn(port, "rep.forest")
                .postForm("/training/sessions/" + session + "/registration", Map.of());
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.body()).contains("培训已结束");
    }

    private TestHttp.Response check(TestHttp worker, long session, String link) {
        Matcher m = Pattern.compile("mode=(\\w+)&exp=(\\d+)&sig=(\\w+)").matcher(link);
        assertThat(m.find()).isTrue();
        return worker.postForm("/training/sessions/" + session + "/check",
                Map.of("mode", m.group(1), "exp", m.group(2), "sig", m.group(3)));
    }

    /** A session starting an hour from the test clock's now, lasting {@code minutes}. */
    static long create(TestHttp cadre, String title, int capacity, int minutes, String... extra) {
        LocalDateTime start = LocalDateTime.ofInstant(java.time.Instant.now().plus(Duration.ofHours(1)), Times.ZONE)
                .truncatedTo(ChronoUnit.MINUTES);
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("title", title,
                "startsAt", start.toString(), "endsAt", start.plusMinutes(minutes).toString(), "place", "林场会议室",
                "trainer", "李老师", "capacity", String.valueOf(capacity), "materials", "生态保护手册",
                "requestToken", UUID.randomUUID().toString()));
        for (int i = 0; i + 1 < extra.length; i += 2) {
            fields.put(extra[i], extra[i + 1]);
        }
        TestHttp.Response r = cadre.postForm("/training/sessions", fields);
        assertThat(r.status()).as(r.body()).isEqualTo(302);
        return Long.parseLong(r.header("Location").replaceAll(".*/training/sessions/", ""));
    }
}
