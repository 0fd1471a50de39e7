package org.workershome.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.workershome.congress.motion.MotionDeadlineJob;
import org.workershome.core.notification.Notifications;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

/** The handler org's list with deadlines, reminders before and notices after the deadline, suggestions. */
@IntegrationTest
class MotionHandlingTest {

    @LocalServerPort int port;
    @Autowired CongressFixture fixture;
    @Autowired MotionDeadlineJob job;
    @Autowired Notifications notifications;
    @Autowired TestClock clock;

    private static TestHttp.Response act(TestHttp who, long id, String action, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return who.postJson("/api/v1/motions/" + id + "/actions", body);
    }

    private long submitted(String title) {
        TestHttp.Response created = TestHttp.api(port, "rep.forest").sendJson("POST", "/api/v1/motions",
                Map.of("title", title, "reason", "理由" + title, "proposal", "建议" + title),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long registered(String title) {
        long id = submitted(title);
        var roster = fixture.quorateSitting().roster();
        for (int i = 1; i <= 2; i++) {
            String username = fixture.accountFor(roster.get(i));
            fixture.as(username, () -> fixture.motions.cosign(fixture.user(username), id));
        }
        assertThat(act(TestHttp.api(port, "cadre.forest"), id, "REGISTER").status()).isEqualTo(200);
        return id;
    }

    private long inbox(String username, String text) {
        Long account = Scopes.asSystem(() -> fixture.accounts.findByUsername(username).orElseThrow().getId());
        return notifications.inbox(account, PageRequest.of(0, 200)).stream()
                .filter(n -> n.getSubject().contains(text)).count();
    }

    @Test
    void theHandlerSeesItsMotionsIsRemindedBeforeAndToldAfterTheDeadline() {
        String title = "关于气象站值班补贴的提案" + System.nanoTime();
        long id = registered(title);
        Long station = fixture.user("cadre.station").orgId();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Times.ZONE);
        assertThat(act(TestHttp.api(port, "cadre.forest"), id, "ASSIGN", "handlerOrgId", station,
                "dueOn", today.plusDays(5).toString()).status()).isEqualTo(200);

        assertThat(inbox("cadre.forest", "新提案待审查：" + title)).as("the committee hears of the new motion").isEqualTo(1);
        assertThat(inbox("rep.forest", "您的提案已立案：" + title)).as("the proposer of the decision").isEqualTo(1);
        assertThat(inbox("cadre.station", "提案交办：" + title)).as("the handling org of the assignment").isEqualTo(1);
        assertThat(inbox("cadre.qinghai", title)).as("no one else").isZero();
        String page = TestHttp.signedIn(port, "cadre.station").get("/congress/motions/assigned").body();
        assertThat(page).contains(title).contains(today.plusDays(5).toString()).doesNotContain("已逾期</strong>");
        assertThat(TestHttp.signedIn(port, "worker.station").get("/congress/motions/assigned").body()).doesNotContain(title);
        assertThat(TestHttp.signedIn(port, "cadre.forest").get("/congress/motions/assigned").body())
                .as("assigned to the station, not the farm").doesNotContain(title);

        try {
            Scopes.asSystem(job::checkAll);
            assertThat(inbox("cadre.station", "即将到期：" + title)).as("five days ahead: nothing yet").isZero();
            clock.advance(Duration.ofDays(2));
            Scopes.asSystem(job::checkAll);
            Scopes.asSystem(job::checkAll);
            assertThat(inbox("cadre.station", "即将到期：" + title)).as("reminded once").isEqualTo(1);
            assertThat(inbox("cadre.forest", "即将到期：" + title)).isZero();
            clock.advance(Duration.ofDays(4));
            Scopes.asSystem(job::checkAll);
            Scopes.asSystem(job::checkAll);
            assertThat(inbox("cadre.station", "已逾期：" + title)).isEqualTo(1);
            assertThat(inbox("cadre.forest", "已逾期：" + title)).as("the congress's cadres too").isEqualTo(1);
            assertThat(TestHttp.signedIn(port, "cadre.station").get("/congress/motions/assigned").body())
                    .containsPattern(java.util.regex.Pattern.quote(title) + "[\\s\\S]*?已逾期</strong>");
            assertThat(act(TestHttp.api(port, "cadre.station"), id, "REPLY", "note", "已按标准补发。").status()).isEqualTo(200);
            assertThat(inbox("rep.forest", "您的提案已答复：" + title)).as("the proposer hears of the reply").isEqualTo(1);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aConvertedMotionBecomesASuggestionOfTheCongresssOrg() {
        String title = "关于食堂菜品的建议" + System.nanoTime();
        long id = submitted(title);
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        assertThat(cadre.postForm("/congress/motions/" + id + "/actions", Map.of("action", "CONVERT", "note", "转后勤"))
                .status()).isEqualTo(302);
        assertThat(cadre.get("/congress/motions/" + id).body()).contains("id=\"suggestion-link\"");
        TestHttp.Response found = cadre.get("/suggestions/from-motion/" + id);
        assertThat(found.status()).isEqualTo(302);
        String location = found.header("Location");
        assertThat(location).matches(".*/suggestions/\\d+$");
        String page = cadre.get(location.replaceAll("^https?://[^/]+", "")).body();
        assertThat(page).contains(title).contains("理由" + title).contains("建议" + title).contains("职代会提案转入")
                .contains("待评审");
        long suggestion = Long.parseLong(location.replaceAll(".*/", ""));
        var api = TestHttp.api(port, "cadre.forest").get("/api/v1/suggestions/" + suggestion).json();
        assertThat(api.get("motionId").asLong()).isEqualTo(id);
        assertThat(api.get("source").asString()).isEqualTo("CONGRESS_MOTION");
        assertThat(api.get("orgId").asLong()).isEqualTo(fixture.user("cadre.forest").orgId());
        assertThat(TestHttp.signedIn(port, "rep.forest").get("/me").body()).as("the proposer's own suggestion")
                .contains(title);
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").get("/suggestions/" + suggestion).status()).isEqualTo(404);
        // converting twice is refused, and leaves one suggestion
        cadre.postForm("/congress/motions/" + id + "/actions", Map.of("action", "CONVERT"));
        var all = TestHttp.api(port, "cadre.forest").get("/api/v1/suggestions").json();
        int fromThisMotion = 0;
        for (var one : all) {
            fromThisMotion += one.get("motionId").isNull() || one.get("motionId").asLong() != id ? 0 : 1;
        }
        assertThat(fromThisMotion).isEqualTo(1);
    }
}
