package org.workershome.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.core.account.CurrentUser;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** A cadre nominates a member of their scope; the newsroom approves; the deed shows in its topic and on the worker's page. */
@IntegrationTest
class DeedNominationTest {

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Autowired
    Topics topics;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Long memberOf(String username) {
        return ((CurrentUser) users.loadUserByUsername(username)).memberId();
    }

    @Test
    void cadreNominatesEditorApprovesAndTheDeedIsPublic() {
        Topic eco = topics.findBySlug("shengtai-zhulijun").orElseThrow();
        String title = "巡山护林的好职工" + System.nanoTime();
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        TestHttp.Response sent = cadre.postForm("/deed-nominations", Map.of("memberId", String.valueOf(memberOf("worker.forest")),
                "title", title, "story", "他每年步行巡山三千公里。", "topicId", String.valueOf(eco.getId())));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(TestHttp.browser(port).get("/topics/shengtai-zhulijun").body()).doesNotContain(title);

        TestHttp editor = TestHttp.signedIn(port, "editor");
        String queue = editor.get("/editor/deeds").body();
        assertThat(queue).contains(title);
        String id = queue.replaceAll("(?s).*" + title + ".*?/editor/deeds/(\\d+).*", "$1");
        assertThat(editor.postForm("/editor/deeds/" + id, Map.of("approve", "true")).status()).isEqualTo(302);

        assertThat(TestHttp.browser(port).get("/topics/shengtai-zhulijun").body()).contains(title);
        assertThat(TestHttp.browser(port).get("/deeds/" + id).body()).contains("他每年步行巡山三千公里。");
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/me").body()).contains(title);
    }

    @Test
    void theMembersPageLeadsToANominationOfThatMember() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        Long member = memberOf("worker.forest");
        String link = "/deed-nominations/new?memberId=" + member;
        assertThat(cadre.get("/members/" + member).body()).contains(link);
        assertThat(cadre.get(link).body()).containsPattern("name=\"memberId\" type=\"number\" value=\"" + member + "\"");
        assertThat(cadre.get("/me").body()).contains("/deed-nominations/new\"");
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/me").body()).doesNotContain("/deed-nominations/new")
                .contains("/account/password");
    }

    @Test
    void aCadreCannotNominateSomeoneOutsideTheirScope() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        TestHttp.Response response = cadre.postForm("/deed-nominations", Map.of("memberId",
                String.valueOf(memberOf("worker.station")), "title", "越权推荐", "story", "不应成功。"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "worker.forest").postForm("/deed-nominations", Map.of("teamName", "某班组",
                "title", "工人不能推荐", "story", "不应成功。")).status()).isEqualTo(403);
    }

    @Test
    void aNominationSentTwiceWithTheTokenOfItsFormIsOneDeed() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        String token = tokenOf(cadre.get("/deed-nominations/new").body());
        String title = "重发的推荐" + System.nanoTime();
        Map<String, String> fields = Map.of("teamName", "护林一班", "title", title, "story", "网络不好，点了两次。",
                "requestToken", token);

        assertThat(cadre.postForm("/deed-nominations", fields).status()).isEqualTo(302);
        assertThat(cadre.postForm("/deed-nominations", fields).status()).isEqualTo(302);

        assertThat(jdbc.queryForObject("select count(*) from portal_deed where title = ?", Integer.class, title))
                .isEqualTo(1);
    }

    static String tokenOf(String form) {
        String token = form.replaceAll("(?s).*name=\"requestToken\" value=\"([^\"]+)\".*", "$1");
        assertThat(token).hasSizeBetween(8, 100).doesNotContain("<");
        return token;
    }
}
