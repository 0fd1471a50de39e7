package org.workershome.suggestions.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.module.AchievementSource;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** A studio registered, joined, its results, funds and one star rating a year; in scope; membership an achievement. */
@IntegrationTest
class StudioRegistryTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired List<AchievementSource> achievements;

    private long member(String username) {
        return jdbc.queryForObject("select member_id from account where username = ?", Long.class, username);
    }

    @Test
    void aStudioKeepsItsMembersResultsFundsAndYearlyStars() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        String name = "红星林场营林创新工作室" + System.nanoTime();
        TestHttp.Response bad = cadre.postForm("/studios", Map.of("name", "", "leaderMemberId",
                String.valueOf(member("worker.forest")), "field", "营林", "level", "GRASSROOTS", "foundedOn", "2099-01-01",
                "requestToken", UUID.randomUUID().toString()));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("请填写工作室名称").contains("请填写今天或以前的成立日期");
        TestHttp.Response created = cadre.postForm("/studios", Map.of("name", name, "leaderMemberId",
                String.valueOf(member("worker.forest")), "field", "营林生产与森林防火", "level", "PROVINCIAL",
                "foundedOn", "2024-03-01", "requestToken", UUID.randomUUID().toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        long id = Long.parseLong(created.header("Location").replaceAll(".*/studios/(\\d+).*", "$1"));
        assertThat(cadre.postForm("/studios/" + id + "/members", Map.of("memberId", String.valueOf(member("rep.forest"))))
                .status()).isEqualTo(302);
        assertThat(cadre.postForm("/studios/" + id + "/members", Map.of("memberId", String.valueOf(member("rep.forest"))))
                .body()).contains("该会员已是工作室成员");
        assertThat(cadre.postForm("/studios/" + id + "/results", Map.of("kind", "PATENT", "title", "一种林下防火隔离带装置",
                "achievedOn", "2025-06-01")).status()).isEqualTo(302);
        cadre.postForm("/studios/" + id + "/funds", Map.of("amount", "50000", "source", "省总工会", "receivedOn", "2025-01-10"));
        cadre.postForm("/studios/" + id + "/funds", Map.of("amount", "20000.5", "source", "林场", "receivedOn", "2025-05-10"));
        assertThat(cadre.postForm("/studios/" + id + "/assessments", Map.of("year", "2025", "stars", "6")).body())
                .contains("星级应为 1 到 5");
        assertThat(cadre.postForm("/studios/" + id + "/assessments", Map.of("year", "2025", "stars", "4")).status())
                .isEqualTo(302);
        assertThat(cadre.postForm("/studios/" + id + "/assessments", Map.of("year", "2025", "stars", "5")).body())
                .contains("2025 年度已考核");

        String page = TestHttp.signedIn(port, "worker.forest").get("/studios/" + id).body();
        assertThat(page).contains(name).contains("一种林下防火隔离带装置").contains("70000.50").contains("4 星")
                .doesNotContain("id=\"assessment-form\"");
        assertThat(TestHttp.signedIn(port, "worker.station").get("/studios/" + id).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").postForm("/studios/" + id + "/assessments",
                Map.of("year", "2026", "stars", "5")).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "worker.forest").postForm("/studios/" + id + "/assessments",
                Map.of("year", "2026", "stars", "5")).status()).isEqualTo(403);
        assertThat(achievements.stream().flatMap(s -> s.achievementsOf(member("rep.forest")).stream())
                .filter(a -> a.title().equals(name)).toList()).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo("suggestions.studio.achievement.member"));
    }
}
