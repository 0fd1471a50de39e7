package org.workershome.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.congress.openaffairs.Notices;
import org.workershome.core.scope.Scopes;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** The congress's create forms carry a request token: the same form posted twice makes one record. */
@IntegrationTest
class CreateFormsIdempotencyTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"requestToken\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired CongressFixture fixture;
    @Autowired Terms terms;
    @Autowired CongressSessions sessions;
    @Autowired Notices notices;

    private static String tokenOn(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("a create form with its request token").isTrue();
        return m.group(1);
    }

    @Test
    void aTermPostedTwiceWithOneTokenIsOneTerm() {
        TestHttp chair = TestHttp.signedIn(port, "cadre.forest");
        String token = tokenOn(chair.get("/congress").body());
        Map<String, String> form = new HashMap<>(Map.of("requestToken", token, "number", "777", "name", "重复提交届",
                "startsOn", LocalDate.now().toString(), "endsOn", LocalDate.now().plusYears(5).toString()));
        TestHttp.Response first = chair.postForm("/congress/terms", form);
        TestHttp.Response second = chair.postForm("/congress/terms", form);
        assertThat(second.header("Location")).as("the replay leads to the same term").isEqualTo(first.header("Location"));
        Long forest = fixture.user("cadre.forest").orgId();
        assertThat(Scopes.asSystem(() -> terms.findByOrgIdOrderByNumberDesc(forest)).stream()
                .filter(t -> t.getNumber() == 777).count()).isEqualTo(1);

        String termPage = chair.get(first.header("Location").replaceFirst("^https?://[^/]+", "")).body();
        long termId = Long.parseLong(first.header("Location").replaceAll(".*/terms/", "").replaceAll("[^0-9].*", ""));
        Map<String, String> session = Map.of("requestToken", tokenOn(termPage), "number", "1", "title", "重复提交会议");
        TestHttp.Response s1 = chair.postForm("/congress/terms/" + termId + "/sessions", session);
        TestHttp.Response s2 = chair.postForm("/congress/terms/" + termId + "/sessions", session);
        assertThat(s2.header("Location")).isEqualTo(s1.header("Location")).contains("/congress/sessions/");
        assertThat(Scopes.asSystem(() -> sessions.findByTermIdOrderByNumberDesc(termId))).hasSize(1);
    }

    @Test
    void aNoticePostedTwiceWithOneTokenIsOneNotice() {
        TestHttp chair = TestHttp.signedIn(port, "cadre.forest");
        String title = "重复提交公开" + UUID.randomUUID();
        Map<String, String> form = Map.of("requestToken", tokenOn(chair.get("/congress/notices").body()),
                "category", "FINANCE", "title", title, "body", "正文");
        assertThat(chair.postForm("/congress/notices", form).status()).isEqualTo(302);
        assertThat(chair.postForm("/congress/notices", form).status()).isEqualTo(302);
        assertThat(Scopes.asSystem(() -> notices.findAll()).stream().filter(n -> n.getTitle().equals(title)).count())
                .isEqualTo(1);
    }
}
