package org.workershome.competitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.competitions.CompetitionFixtures.*;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

/**
 * The preliminary's cut-off decides who is scored in the final; after the final, entrants appeal their score within
 * the review's window, the organiser decides each, and results publish only once the window closed and every appeal
 * is decided.
 */
@IntegrationTest
class CutoffAndAppealsTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onlyThePreliminarysBestAreScoredInTheFinalAndAppealsAreDecidedBeforeResultsPublish() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long id = create(province, "晋级赛-" + System.nanoTime(), null, "&finalistCount=1&appealHours=24");
        appointJudges(province, jdbc, id, "judge.b", "judge.c");
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        long forestEntry = register(worker, jdbc, id, "worker.forest");
        long farmEntry = enter(province, jdbc, id, farmMember(jdbc, 7));
        approve(TestHttp.signedIn(port, "cadre.forest"), id, forestEntry);
        approve(province, id, farmEntry);
        advance(province, id, "START_PRELIMINARY");
        TestHttp b = TestHttp.signedIn(port, "judge.b");
        TestHttp c = TestHttp.signedIn(port, "judge.c");
        for (TestHttp judge : new TestHttp[] {b, c}) {
            assertThat(score(judge, id, forestEntry, 90, 92).status()).isEqualTo(302);
            assertThat(score(judge, id, farmEntry, 50, 60).status()).isEqualTo(302);
        }

        advance(province, id, "START_FINAL");
        assertThat(jdbc.queryForObject("select finalist from competitions_entry where id = ?", Boolean.class, farmEntry))
                .as("second of two with one place: out").isFalse();
        assertThat(jdbc.queryForObject("select finalist from competitions_entry where id = ?", Boolean.class, forestEntry))
                .isTrue();
        TestHttp.Response outOfFinal = score(b, id, farmEntry, 99, 99);
        assertThat(outOfFinal.status()).isEqualTo(409);
        assertThat(outOfFinal.body()).contains("未晋级决赛");
        assertThat(b.get("/competitions/" + id + "/judging").body()).contains("id=\"sheet-" + forestEntry + "\"")
                .as("left out of the final: not on the sheet").doesNotContain("id=\"sheet-" + farmEntry + "\"");
        String ranking = TestHttp.browser(port).get("/competitions/" + id + "/ranking").body();
        assertThat(ranking).contains("伊春红星林场工会").doesNotContain("建三江七星农场工会");
        assertThat(score(b, id, forestEntry, 80, 80).status()).isEqualTo(302);
        assertThat(score(c, id, forestEntry, 70, 70).status()).isEqualTo(302);

        advance(province, id, "CLOSE_SCORING");
        assertThat(score(b, id, forestEntry, 100, 100).status()).as("scores hold during the review").isEqualTo(409);
        TestHttp.Response early = province.postForm("/competitions/" + id + "/stage", Map.of("action", "PUBLISH"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("成绩申诉期尚未结束");

        assertThat(worker.get("/competitions/" + id).body()).contains("id=\"appeal-form\"");
        TestHttp.Response blank = worker.postForm("/competitions/" + id + "/appeals", Map.of("reason", " "));
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body()).contains("请填写申诉理由");
        assertThat(appeals(id)).as("nothing written").isZero();
        assertThat(worker.postForm("/competitions/" + id + "/appeals", Map.of("reason", "实操技能一项的评分与现场记录不符"))
                .status()).isEqualTo(302);
        TestHttp.Response twice = worker.postForm("/competitions/" + id + "/appeals", Map.of("reason", "再申诉一次"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("已有一件申诉在处理中");
        assertThat(TestHttp.signedIn(port, "rep.forest").postForm("/competitions/" + id + "/appeals",
                Map.of("reason", "不是参赛者")).status()).isEqualTo(403);
        assertThat(appeals(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ? and link = ?",
                Long.class, accountIdOf(jdbc, "cadre.province"), "/competitions/" + id)).as("the organiser is told")
                .isPositive();
        long appeal = jdbc.queryForObject("select id from competitions_score_appeal where competition_id = ?", Long.class, id);

        assertThat(TestHttp.signedIn(port, "cadre.qinghai").postForm("/competitions/" + id + "/appeals/" + appeal
                + "/decision", Map.of("upheld", "true", "reply", "越权")).status()).isEqualTo(404);
        assertThat(worker.postForm("/competitions/" + id + "/appeals/" + appeal + "/decision",
                Map.of("upheld", "true", "reply", "自己处理")).status()).isEqualTo(403);
        clock.advance(Duration.ofHours(25));
        TestHttp.Response undecided = province.postForm("/competitions/" + id + "/stage", Map.of("action", "PUBLISH"));
        assertThat(undecided.status()).isEqualTo(409);
        assertThat(undecided.body()).contains("还有未处理的成绩申诉");
        assertThat(province.postForm("/competitions/" + id + "/appeals/" + appeal + "/decision",
                Map.of("upheld", "true", "reply", "经核对现场记录，实操一项重新评分")).status()).isEqualTo(302);
        assertThat(worker.get("/competitions/" + id).body()).contains("经核对现场记录").contains("成立");

        advance(province, id, "REOPEN_SCORING");
        assertThat(score(c, id, forestEntry, 70, 90).status()).as("marked again after the upheld appeal").isEqualTo(302);
        advance(province, id, "CLOSE_SCORING");
        assertThat(province.postForm("/competitions/" + id + "/stage", Map.of("action", "PUBLISH")).status())
                .as("a new review, a new window").isEqualTo(409);
        clock.advance(Duration.ofHours(25));
        advance(province, id, "PUBLISH");
        assertThat(jdbc.queryForObject("select stage from competitions_competition where id = ?", String.class, id))
                .isEqualTo("RESULTS_PUBLISHED");
        assertThat(worker.postForm("/competitions/" + id + "/appeals", Map.of("reason", "公布后")).status())
                .as("no appeal once published").isEqualTo(409);
    }

    private long appeals(long id) {
        return jdbc.queryForObject("select count(*) from competitions_score_appeal where competition_id = ?", Long.class, id);
    }
}
