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

/**
 * Through the real app: entries approved by the entrant's union, judges refused for their own union's entrants and
 * declared conflicts, bad marks refused with nothing written, the live ranking, and the lock at publication.
 */
@IntegrationTest
class CompetitionJudgingTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired java.util.List<org.workershome.core.module.AchievementSource> achievements;

    @Test
    void judgesScoreTheFinalButNeverTheirOwnUnitNorADeclaredConflictAndPublishingLocksAndCertifies() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long id = create(province, "林业技能大赛-" + System.nanoTime(), null);
        appointJudges(province, jdbc, id, "judge.a", "judge.b", "judge.c");
        long forestEntry = register(TestHttp.signedIn(port, "worker.forest"), jdbc, id, "worker.forest");
        long farmEntry = enter(province, jdbc, id, farmMember(jdbc, 6));
        TestHttp forestCadre = TestHttp.signedIn(port, "cadre.forest");
        assertThat(forestCadre.postForm("/competitions/" + id + "/entries/" + farmEntry + "/decision",
                Map.of("decision", "APPROVE")).status()).as("the farm's entry does not exist for the forest cadre").isEqualTo(404);
        approve(forestCadre, id, forestEntry);
        approve(province, id, farmEntry);
        advance(province, id, "START_PRELIMINARY");
        advance(province, id, "START_FINAL");

        TestHttp a = TestHttp.signedIn(port, "judge.a");
        TestHttp b = TestHttp.signedIn(port, "judge.b");
        TestHttp c = TestHttp.signedIn(port, "judge.c");
        TestHttp.Response sheet = a.get("/competitions/" + id + "/judging");
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.body()).contains("评委不能给本单位的参赛者评分");

        TestHttp.Response refused = score(a, id, forestEntry, 90, 90);
        assertThat(refused.status()).as("judge.a belongs to the forest farm").isEqualTo(409);
        assertThat(refused.body()).contains("评委不能给本单位的参赛者评分");
        TestHttp.Response refusedApi = TestHttp.api(port, "judge.a").postJson("/api/v1/competitions/" + id + "/scores",
                Map.of("entryId", forestEntry, "points", Map.of("0", 90, "1", 90)));
        assertThat(refusedApi.status()).isEqualTo(409);
        assertThat(scoreCount(jdbc, id)).isZero();

        TestHttp.Response tooHigh = b.postForm("/competitions/" + id + "/scores",
                Map.of("entryId", String.valueOf(farmEntry), "item0", "80", "item1", "150"));
        assertThat(tooHigh.body()).contains("评分须为 0 到该项满分之间的整数");
        TestHttp.Response notANumber = b.postForm("/competitions/" + id + "/scores",
                Map.of("entryId", String.valueOf(farmEntry), "item0", "八十", "item1", "80"));
        assertThat(notANumber.body()).contains("评分须为 0 到该项满分之间的整数");
        assertThat(scoreCount(jdbc, id)).as("nothing half-written").isZero();

        assertThat(c.postForm("/competitions/" + id + "/conflicts", Map.of("entryId", String.valueOf(forestEntry)))
                .status()).isEqualTo(302);
        TestHttp.Response declared = score(c, id, forestEntry, 70, 70);
        assertThat(declared.status()).isEqualTo(409);
        assertThat(declared.body()).contains("评委已申明与该参赛者存在利害关系");

        assertThat(score(a, id, farmEntry, 60, 70).status()).isEqualTo(302);
        assertThat(score(b, id, farmEntry, 80, 90).status()).isEqualTo(302);
        assertThat(score(c, id, farmEntry, 100, 100).status()).isEqualTo(302);
        assertThat(score(b, id, forestEntry, 95, 95).status()).isEqualTo(302);
        assertThat(score(b, id, forestEntry, 96, 96).status()).as("a mark is corrected, not doubled").isEqualTo(302);
        assertThat(scoreCount(jdbc, id)).isEqualTo(8);

        TestHttp anonymous = TestHttp.browser(port);
        TestHttp.Response ranking = anonymous.get("/competitions/" + id + "/ranking");
        assertThat(ranking.status()).as("public during the final").isEqualTo(200);
        assertThat(ranking.body()).contains("hx-get=\"/competitions/" + id + "/ranking/live\"").contains("every 3s");
        // farm: trimmed means 80 and 90 → 0.4×80 + 0.6×90 = 86; forest: one judge, 96 → 96
        TestHttp.Response live = anonymous.get("/competitions/" + id + "/ranking/live");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body()).doesNotContain("<html").contains("96.00").contains("86.00");
        assertThat(live.body().indexOf("96.00")).isLessThan(live.body().indexOf("86.00"));
        var api = TestHttp.api(port, "cadre.province").get("/api/v1/competitions/" + id + "/ranking").json();
        assertThat(api.get("lines").get(0).get("entryId").asLong()).isEqualTo(forestEntry);
        assertThat(api.get("lines").get(1).get("total").decimalValue()).isEqualByComparingTo("86.00");

        advance(province, id, "CLOSE_SCORING");
        advance(province, id, "PUBLISH");
        TestHttp.Response locked = score(b, id, farmEntry, 10, 10);
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.body()).contains("成绩已锁定公布");
        assertThat(jdbc.queryForObject("select count(*) from competitions_score where competition_id = ? and points = 10",
                Long.class, id)).isZero();
        assertThat(jdbc.queryForList("select title from core_certificate where source_module = 'competitions' "
                + "and source_id in (?, ?) order by source_id", String.class, forestEntry, farmEntry))
                .hasSize(2).anyMatch(t -> t.contains("一等奖")).anyMatch(t -> t.contains("二等奖"));
        long winner = jdbc.queryForObject("select member_id from competitions_entry where id = ?", Long.class, forestEntry);
        assertThat(achievements.stream().flatMap(source -> source.achievementsOf(winner).stream()))
                .as("the prize is told to other modules as an achievement")
                .anyMatch(prize -> prize.kind().equals("competition.achievement.prize") && prize.title().contains("一等奖")
                        && prize.link().startsWith("/certificates/"));
        assertThat(anonymous.get("/competitions/" + id + "/ranking/live").body())
                .as("published: the board stops polling").doesNotContain("hx-trigger");
    }

    @Test
    void aJudgeNotAppointedCannotScoreAndAWorkerCannotJudge() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long id = create(province, "未聘评委-" + System.nanoTime(), null);
        appointJudges(province, jdbc, id, "judge.b");
        long farmEntry = enter(province, jdbc, id, farmMember(jdbc, 7));
        approve(province, id, farmEntry);
        advance(province, id, "START_PRELIMINARY");
        assertThat(score(TestHttp.signedIn(port, "judge.c"), id, farmEntry, 50, 50).status()).isIn(403, 404);
        assertThat(score(TestHttp.signedIn(port, "worker.forest"), id, farmEntry, 50, 50).status()).isEqualTo(403);
        assertThat(score(TestHttp.signedIn(port, "judge.b"), id, farmEntry, 50, 50).status()).as("preliminary scores")
                .isEqualTo(302);
        assertThat(TestHttp.browser(port).get("/competitions/" + id + "/ranking").status())
                .as("a preliminary's ranking is not public").isIn(302, 404);
    }
}
