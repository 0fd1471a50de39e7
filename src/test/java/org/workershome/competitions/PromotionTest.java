package org.workershome.competitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.competitions.CompetitionFixtures.*;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** The winners of a published grassroots competition move up to the province's, entered and approved, once each. */
@IntegrationTest
class PromotionTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theBestOfALowerLevelAreEnteredAboveOnceAndOnlyFromBelowAndBeneath() {
        TestHttp forestCadre = TestHttp.signedIn(port, "cadre.forest");
        long grassroots = create(forestCadre, "林场选拔赛-" + System.nanoTime(), null, "&level=GRASSROOTS&appealHours=0");
        appointJudges(forestCadre, jdbc, grassroots, "judge.b", "judge.c");
        long first = register(TestHttp.signedIn(port, "worker.forest"), jdbc, grassroots, "worker.forest");
        long second = enter(forestCadre, jdbc, grassroots, forestMember(jdbc, 3));
        approve(forestCadre, grassroots, first);
        approve(forestCadre, grassroots, second);
        for (String action : new String[] {"START_PRELIMINARY", "START_FINAL"}) {
            advance(forestCadre, grassroots, action);
        }
        for (String judge : new String[] {"judge.b", "judge.c"}) {
            TestHttp j = TestHttp.signedIn(port, judge);
            assertThat(score(j, grassroots, first, 95, 95).status()).isEqualTo(302);
            assertThat(score(j, grassroots, second, 80, 85).status()).isEqualTo(302);
        }

        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long provincial = create(province, "省赛-" + System.nanoTime(), null);
        String path = "/competitions/" + provincial + "/entries/promotion";
        TestHttp.Response unpublished = province.postForm(path, Map.of("sourceId", String.valueOf(grassroots), "places", "1"));
        assertThat(unpublished.status()).as("results not published yet").isEqualTo(409);
        assertThat(unpublished.body()).contains("只能从本单位以下、级别更低且已公布成绩的竞赛晋级");
        advance(forestCadre, grassroots, "CLOSE_SCORING");
        advance(forestCadre, grassroots, "PUBLISH");

        assertThat(province.get("/competitions/" + provincial).body()).contains("id=\"promotion\"")
                .contains("林场选拔赛-");
        TestHttp.Response badPlaces = province.postForm(path, Map.of("sourceId", String.valueOf(grassroots), "places", "abc"));
        assertThat(badPlaces.status()).isEqualTo(200);
        assertThat(badPlaces.body()).contains("晋级名额须为 1 到 50 的整数");
        assertThat(promoted(provincial)).isZero();

        assertThat(province.postForm(path, Map.of("sourceId", String.valueOf(grassroots), "places", "1")).status())
                .isEqualTo(302);
        assertThat(jdbc.queryForMap("select member_id, status, promoted_from_entry_id from competitions_entry"
                + " where competition_id = ?", provincial)).containsEntry("status", "APPROVED")
                .containsEntry("member_id", memberIdOf(jdbc, "worker.forest"));
        assertThat(((Number) jdbc.queryForObject("select promoted_from_entry_id from competitions_entry"
                + " where competition_id = ?", Long.class, provincial)).longValue()).isEqualTo(first);
        assertThat(province.postForm(path, Map.of("sourceId", String.valueOf(grassroots), "places", "2")).status())
                .isEqualTo(302);
        assertThat(promoted(provincial)).as("the second added, the first not twice").isEqualTo(2);
        province.postForm(path, Map.of("sourceId", String.valueOf(grassroots), "places", "2"));
        assertThat(promoted(provincial)).isEqualTo(2);

        long sameLevel = create(province, "另一省赛-" + System.nanoTime(), null);
        assertThat(province.postForm("/competitions/" + sameLevel + "/entries/promotion",
                Map.of("sourceId", String.valueOf(provincial), "places", "1")).status()).isEqualTo(409);
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").postForm(path,
                Map.of("sourceId", String.valueOf(grassroots), "places", "1")).status()).isEqualTo(404);
        assertThat(forestCadre.postForm(path, Map.of("sourceId", String.valueOf(grassroots), "places", "1")).status())
                .as("the forest's cadre does not organise the province's contest").isEqualTo(403);
        assertThat(promoted(provincial)).isEqualTo(2);
    }

    private long promoted(long competition) {
        return jdbc.queryForObject("select count(*) from competitions_entry where competition_id = ?"
                + " and promoted_from_entry_id is not null", Long.class, competition);
    }
}
