package org.workershome.competitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.TestHttp;

/** A competition made through the pages for one test: created, entered, approved, judged. */
final class CompetitionFixtures {

    private CompetitionFixtures() {}

    /**
     * A provincial skill contest of Heilongjiang by cadre.province, rubric 40/60 out of 100, trimming one, every
     * entrant in the final and no appeal period (results publish as soon as scoring closes).
     */
    static long create(TestHttp province, String title, String occupation) {
        return create(province, title, occupation, "&appealHours=0");
    }

    /** The same with other terms, as form fields ({@code "&finalistCount=2&appealHours=24"}, {@code "&level=…"}). */
    static long create(TestHttp province, String title, String occupation, String terms) {
        String body = "title=" + enc(title) + "&theme=" + enc("我为生态文明建设做贡献") + "&kind=SKILL" + (terms.contains("&level=") ? "" : "&level=PROVINCIAL")
                + "&occupation=" + enc(occupation == null ? "" : occupation) + "&trimCount=1&prizeCount=3" + terms
                + "&itemName=" + enc("理论知识") + "&itemWeight=40&itemMax=100"
                + "&itemName=" + enc("实操技能") + "&itemWeight=60&itemMax=100"
                + "&requestToken=" + UUID.randomUUID() + "&_csrf=" + enc(province.csrf());
        TestHttp.Response created = province.sendRaw("POST", "/competitions", "application/x-www-form-urlencoded", body,
                Map.of());
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return Long.parseLong(created.header("Location").replaceAll(".*/competitions/", ""));
    }

    static void appointJudges(TestHttp province, JdbcTemplate jdbc, long id, String... judges) {
        for (String judge : judges) {
            TestHttp.Response r = province.postForm("/competitions/" + id + "/judges",
                    Map.of("judgeAccountId", String.valueOf(accountIdOf(jdbc, judge))));
            assertThat(r.status()).as(r.body()).isEqualTo(302);
        }
    }

    static void advance(TestHttp province, long id, String action) {
        TestHttp.Response r = province.postForm("/competitions/" + id + "/stage", Map.of("action", action));
        assertThat(r.status()).as(r.body()).isEqualTo(302);
    }

    static long register(TestHttp worker, JdbcTemplate jdbc, long id, String username) {
        TestHttp.Response r = worker.postForm("/competitions/" + id + "/entries", Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(302);
        return entryOf(jdbc, id, memberIdOf(jdbc, username));
    }

    static long enter(TestHttp cadre, JdbcTemplate jdbc, long id, long memberId) {
        TestHttp.Response r = cadre.postForm("/competitions/" + id + "/entries", Map.of("memberId", String.valueOf(memberId)));
        assertThat(r.status()).as(r.body()).isEqualTo(302);
        return entryOf(jdbc, id, memberId);
    }

    static void approve(TestHttp cadre, long id, long entryId) {
        TestHttp.Response r = cadre.postForm("/competitions/" + id + "/entries/" + entryId + "/decision",
                Map.of("decision", "APPROVE"));
        assertThat(r.status()).as(r.body()).isEqualTo(302);
    }

    static TestHttp.Response score(TestHttp judge, long id, long entryId, int first, int second) {
        return judge.postForm("/competitions/" + id + "/scores", Map.of("entryId", String.valueOf(entryId),
                "item0", String.valueOf(first), "item1", String.valueOf(second)));
    }

    static long entryOf(JdbcTemplate jdbc, long competitionId, long memberId) {
        return jdbc.queryForObject("select id from competitions_entry where competition_id = ? and member_id = ?",
                Long.class, competitionId, memberId);
    }

    static long memberIdOf(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select member_id from account where username = ?", Long.class, username);
    }

    static long accountIdOf(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    /** A member of the farm (by position), to enter as the province's cadre. */
    static long farmMember(JdbcTemplate jdbc, int index) {
        return jdbc.queryForList("""
                select m.id from member m join org o on o.id = m.org_id where o.name = '建三江七星农场工会' order by m.id""",
                Long.class).get(index);
    }

    static long forestMember(JdbcTemplate jdbc, int index) {
        return jdbc.queryForList("""
                select m.id from member m join org o on o.id = m.org_id where o.name = '伊春红星林场工会' order by m.id""",
                Long.class).get(index);
    }

    static long scoreCount(JdbcTemplate jdbc, long competitionId) {
        return jdbc.queryForObject("select count(*) from competitions_score where competition_id = ?", Long.class,
                competitionId);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
