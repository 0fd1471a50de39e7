package org.workershome.competitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.competitions.CompetitionFixtures.*;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;
import org.workershome.support.Workbooks;

/** Competitions per org: a new contest moves each union's figures by exactly its entries and winners, in scope. */
@IntegrationTest
class CompetitionStatisticsTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void eachUnionsRowCountsItsEntriesAndWinnersAndNothingOutsideTheReadersScope() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long heilongjiang = org("黑龙江省农林水利气象工会");
        long forest = org("伊春红星林场工会");
        long farm = org("建三江七星农场工会");
        long[] ownBefore = row(province, heilongjiang, heilongjiang);
        long[] forestBefore = row(province, heilongjiang, forest);
        long[] farmBefore = row(province, heilongjiang, farm);

        long id = create(province, "统计赛-" + System.nanoTime(), null);
        appointJudges(province, jdbc, id, "judge.b", "judge.c");
        long forestEntry = register(TestHttp.signedIn(port, "worker.forest"), jdbc, id, "worker.forest");
        long farmEntry = enter(province, jdbc, id, farmMember(jdbc, 5));
        long rejected = enter(province, jdbc, id, farmMember(jdbc, 4));
        approve(TestHttp.signedIn(port, "cadre.forest"), id, forestEntry);
        approve(province, id, farmEntry);
        assertThat(province.postForm("/competitions/" + id + "/entries/" + rejected + "/decision",
                java.util.Map.of("decision", "REJECT")).status()).isEqualTo(302);
        for (String action : new String[] {"START_PRELIMINARY", "START_FINAL"}) {
            advance(province, id, action);
        }
        TestHttp b = TestHttp.signedIn(port, "judge.b");
        assertThat(score(b, id, forestEntry, 90, 90).status()).isEqualTo(302);
        advance(province, id, "CLOSE_SCORING");
        advance(province, id, "PUBLISH");

        // organised +1 at the province itself; entries, approved and winners where the entrants belong
        assertThat(minus(row(province, heilongjiang, heilongjiang), ownBefore)).containsExactly(1, 0, 0, 0);
        assertThat(minus(row(province, heilongjiang, forest), forestBefore)).containsExactly(0, 1, 1, 1);
        assertThat(minus(row(province, heilongjiang, farm), farmBefore))
                .as("two entries, one approved, and no marks: no prize").containsExactly(0, 2, 1, 0);

        String excel = Workbooks.text(province.get("/competitions/statistics.xlsx").bytes());
        assertThat(excel).contains("伊春红星林场工会").contains("建三江七星农场工会");

        TestHttp qinghai = TestHttp.signedIn(port, "cadre.qinghai");
        assertThat(qinghai.get("/competitions/statistics?orgId=" + heilongjiang).status()).isIn(403, 404);
        assertThat(qinghai.get("/competitions/statistics.xlsx?orgId=" + forest).status()).isIn(403, 404);
        assertThat(qinghai.get("/competitions/statistics").body()).doesNotContain("伊春红星林场工会");
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/competitions/statistics").status()).isEqualTo(403);
        TestHttp forestCadre = TestHttp.signedIn(port, "cadre.forest");
        assertThat(forestCadre.get("/competitions/statistics?orgId=" + heilongjiang).status()).isIn(403, 404);
        assertThat(row(forestCadre, forest, forest)[1]).as("the forest's own entries, seen by its cadre")
                .isGreaterThanOrEqualTo(1);
    }

    /** organised, entries, approved, winners of one row of the page. */
    private long[] row(TestHttp reader, long top, long org) {
        String page = reader.get("/competitions/statistics?orgId=" + top).body();
        Matcher m = Pattern.compile("<tr id=\"stats-" + org + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as(page).isTrue();
        List<Long> numbers = Pattern.compile("<td>([\\d,]+)</td>").matcher(m.group(1)).results()
                .map(r -> Long.parseLong(r.group(1).replace(",", ""))).toList();
        assertThat(numbers).hasSize(4);
        return numbers.stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] minus(long[] after, long[] before) {
        return java.util.stream.IntStream.range(0, after.length).mapToLong(i -> after[i] - before[i]).toArray();
    }

    private long org(String name) {
        return jdbc.queryForObject("select id from org where name = ?", Long.class, name);
    }
}
