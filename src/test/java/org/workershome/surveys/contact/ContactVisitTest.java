package org.workershome.surveys.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

/** Contact points below one's org, visits with follow-ups reminded when overdue, and an appeal opened on a visit. */
@IntegrationTest
class ContactVisitTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired FollowUpJob job;

    private long orgId(String name) {
        return jdbc.queryForObject("select id from org where name = ?", Long.class, name);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private long point(TestHttp provinceCadre, long unit) {
        provinceCadre.get("/surveys/contact-points");
        Long existing = jdbc.query("select p.id from surveys_contact_point p join account a on a.id = p.cadre_account_id"
                + " where p.org_id = ? and a.username = 'cadre.province'", rs -> rs.next() ? rs.getLong(1) : null, unit);
        if (existing != null) {
            return existing;
        }
        TestHttp.Response created = provinceCadre.postForm("/surveys/contact-points",
                Map.of("orgId", String.valueOf(unit), "note", "每季度走访一次"));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return Long.parseLong(created.header("Location").replaceAll(".*/", ""));
    }

    private long visit(TestHttp cadre, long point, String task, LocalDate due) {
        long owner = count("select id from account where username = 'cadre.forest'");
        cadre.get("/surveys/contact-points/" + point);
        Map<String, String> fields = new HashMap<>(Map.of("visitedOn", LocalDate.now(Times.ZONE).toString(),
                "peopleMet", "营林工王德胜、李春梅", "problems", "宿舍冬季供暖不足", "task", task,
                "owner", String.valueOf(owner), "dueOn", due.toString(), "requestToken", UUID.randomUUID().toString()));
        TestHttp.Response recorded = cadre.postForm("/surveys/contact-points/" + point + "/visits", fields);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(302);
        return Long.parseLong(recorded.header("Location").replaceAll(".*/", ""));
    }

    @Test
    void aContactPointIsBelowTheCadresOrgAndSeenOnlyInScope() {
        long forest = orgId("伊春红星林场工会");
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long point = point(province, forest);
        TestHttp own = TestHttp.signedIn(port, "cadre.forest");
        own.get("/surveys/contact-points");
        TestHttp.Response refused = own.postForm("/surveys/contact-points", Map.of("orgId", String.valueOf(forest)));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("只能把您所在组织的下级单位设为联系点");
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").get("/surveys/contact-points/" + point).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/surveys/contact-points").status()).isEqualTo(403);
    }

    @Test
    void aVisitOpensAnAppealInTheUnitsQueueAndABadOneChangesNothing() {
        long forest = orgId("伊春红星林场工会");
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long visit = visit(province, point(province, forest), "协调供暖", LocalDate.now(Times.ZONE).plusDays(5));
        String category = jdbc.queryForObject("select min(code) from appeal_category where active = true", String.class);
        String title = "宿舍供暖不足" + UUID.randomUUID().toString().substring(0, 4);

        province.get("/surveys/visits/" + visit);
        long before = count("select count(*) from appeal");
        TestHttp.Response bad = province.postForm("/surveys/visits/" + visit + "/appeal", Map.of("person", "王德胜",
                "phone", "13800138000", "category", category, "title", "", "content", "冬季宿舍温度不足十度"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(count("select count(*) from appeal")).isEqualTo(before);

        TestHttp.Response opened = province.postForm("/surveys/visits/" + visit + "/appeal", Map.of("person", "王德胜",
                "phone", "13800138000", "category", category, "title", title, "content", "冬季宿舍温度不足十度"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(302);
        Map<String, Object> appeal = jdbc.queryForMap("select tracking_no, org_id, channel, contact_name from appeal"
                + " where title = ?", title);
        assertThat(((Number) appeal.get("org_id")).longValue()).isEqualTo(forest);
        assertThat(appeal.get("channel")).isEqualTo("VISIT");
        String trackingNo = appeal.get("tracking_no").toString();
        assertThat(province.get("/surveys/visits/" + visit).body()).contains(trackingNo);
        assertThat(TestHttp.signedIn(port, "cadre.forest").get("/appeals").body()).as("in the unit's queue")
                .contains(title);
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").get("/appeals").body()).doesNotContain(title);
    }

    @Test
    void aVisitOpensAHardshipFileForAMemberOfTheUnit() {
        long forest = orgId("伊春红星林场工会");
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long visit = visit(province, point(province, forest), "核实困难情况", LocalDate.now(Times.ZONE).plusDays(5));
        long member = count("select max(id) from member where org_id = ? and id not in (select member_id from hardship_file)",
                forest);
        String id = org.workershome.core.demo.DemoData.idNumber("230718", LocalDate.of(1980, 5, 1),
                org.workershome.core.member.Gender.MALE, new java.util.Random());
        province.get("/surveys/visits/" + visit);
        Map<String, String> fields = new HashMap<>(Map.of("memberId", String.valueOf(member), "idNumber", id,
                "householdSize", "四", "monthlyIncomePerCapita", "560", "cause", "ILLNESS", "description", "妻子患病，长期住院"));
        TestHttp.Response bad = province.postForm("/surveys/visits/" + visit + "/hardship", fields);
        assertThat(bad.status()).isEqualTo(200);
        assertThat(count("select count(*) from hardship_file where member_id = ?", member)).isZero();
        fields.put("householdSize", "4");
        TestHttp.Response opened = province.postForm("/surveys/visits/" + visit + "/hardship", fields);
        assertThat(opened.status()).as(opened.body()).isEqualTo(302);
        String fileNo = jdbc.queryForObject("select file_no from hardship_file where member_id = ?", String.class, member);
        assertThat(province.get("/surveys/visits/" + visit).body()).contains(fileNo);
        assertThat(TestHttp.signedIn(port, "cadre.forest").get("/hardship").body()).as("in the unit's list").contains(fileNo);
    }

    @Test
    void anOverdueFollowUpRemindsItsOwnerOnceAndTheStatisticsCountTheVisits() {
        long forest = orgId("伊春红星林场工会");
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        String task = "落实宿舍供暖" + UUID.randomUUID().toString().substring(0, 4);
        long visit = visit(province, point(province, forest), task, LocalDate.now(Times.ZONE).plusDays(2));
        long owner = count("select id from account where username = 'cadre.forest'");
        String notices = "select count(*) from notification where account_id = ? and subject like ?";
        try {
            Scopes.asSystem(job::checkAll);
            assertThat(count(notices, owner, "%" + task + "%")).as("not yet due").isZero();
            clock.advance(Duration.ofDays(3));
            Scopes.asSystem(job::checkAll);
            assertThat(count(notices, owner, "%" + task + "%")).isEqualTo(1);
            Scopes.asSystem(job::checkAll);
            assertThat(count(notices, owner, "%" + task + "%")).as("once").isEqualTo(1);
            assertThat(province.get("/surveys/visits/" + visit).body()).contains("已超期");
            String stats = province.get("/surveys/contact-points/stats").body();
            assertThat(stats).contains("黑龙江省工会干部").contains("黑龙江省农林水利气象工会");
        } finally {
            clock.reset();
        }
        TestHttp owning = TestHttp.signedIn(port, "cadre.forest");
        owning.get("/surveys/visits/" + visit);
        long followUp = count("select id from surveys_follow_up where visit_id = ?", visit);
        assertThat(owning.postForm("/surveys/visits/" + visit + "/follow-ups/" + followUp + "/done", Map.of()).status())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("select done_at from surveys_follow_up where id = ?", Object.class, followUp))
                .isNotNull();
    }
}
