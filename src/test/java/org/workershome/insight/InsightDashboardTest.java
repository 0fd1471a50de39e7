package org.workershome.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.org.OrgDirectory;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;
import org.workershome.support.Workbooks;

/**
 * The dashboards' figures against a tree counted by hand (members, appeals), over a month range, after a full
 * rebuild and after an incremental refresh; drill-down, export and the scope: Qinghai's cadre gets none of it.
 */
@IntegrationTest
class InsightDashboardTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.workershome.core.crypto.FieldEncryptor encryptor;
    @Autowired InsightRefreshJob job;
    @Autowired InsightDashboards dashboards;
    @Autowired OrgDirectory orgs;
    @Autowired Clock clock;

    InsightFixture f;
    YearMonth now;
    YearMonth m1;
    YearMonth m2;

    @BeforeEach
    void tree() {
        now = Periods.monthOf(clock.instant());
        m1 = now.minusMonths(1);
        m2 = now.minusMonths(2);
        f = new InsightFixture(jdbc, encryptor).tree();
        // members: two in team A1 (forestry) registered and joined in m2, one in unit B (agriculture) in m1, and
        // one of B who left — never counted
        long worker = f.member(f.teamA1, InsightFixture.at(m2, 12), m2, "ACTIVE");
        f.member(f.teamA1, InsightFixture.at(m2, 20), m2, "ACTIVE");
        long farmer = f.member(f.unitB, InsightFixture.at(m1, 5), m1, "ACTIVE");
        f.member(f.unitB, InsightFixture.at(m2, 5), null, "LEFT");
        // appeals: A1 one closed on time in m2 rated 5, one received in m2, escalated, closed late in m1 rated 3;
        // B one received in m1, still open
        f.appeal(f.teamA1, InsightFixture.at(m2, 3), InsightFixture.at(m2, 20), InsightFixture.at(m2, 10), 5, 0);
        f.appeal(f.teamA1, InsightFixture.at(m2, 25), InsightFixture.at(m1, 2), InsightFixture.at(m1, 9), 3, 1);
        f.appeal(f.unitB, InsightFixture.at(m1, 15), InsightFixture.at(m1, 28), null, null, 0);
        // hardship: A1's file applied for in m2 and approved (deep) in m1 with aid of 1200.50 in m1 and 99.50 now;
        // B's file applied for in m1, not approved, its one aid reversed
        long deep = f.hardshipFile(f.teamA1, worker, InsightFixture.at(m2, 14), InsightFixture.at(m1, 3), "DEEP");
        f.aid(deep, f.teamA1, worker, InsightFixture.at(m1, 6), "1200.50", false);
        f.aid(deep, f.teamA1, worker, Periods.start(now).plusSeconds(3600), "99.50", false);
        long applied = f.hardshipFile(f.unitB, farmer, InsightFixture.at(m1, 7), null, null);
        f.aid(applied, f.unitB, farmer, InsightFixture.at(m1, 8), "500", true);
    }

    private Map<String, BigDecimal> figures(long org, YearMonth from, YearMonth to, String module, Long child) {
        InsightDashboards.Section section = dashboards.of(orgs.find(org).orElseThrow(), orgs.childrenOf(org), from, to,
                module).sections().get(0);
        if (child == null) {
            return section.total().values();
        }
        return section.children().stream().filter(l -> l.orgId().equals(child)).findFirst().orElseThrow().values();
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void figuresOfASubtreeAddUpItsOrgsOverTheRange() {
        job.refreshNow(true);

        Map<String, BigDecimal> members = figures(f.top, m2, now, "member", null);
        assertThat(members.get("member.insight.count")).isEqualByComparingTo(n("3"));
        assertThat(members.get("member.insight.joined")).isEqualByComparingTo(n("3"));
        assertThat(members.get("member.insight.industry.FORESTRY")).isEqualByComparingTo(n("2"));
        assertThat(members.get("member.insight.industry.AGRICULTURE")).isEqualByComparingTo(n("1"));
        assertThat(members.get("member.insight.industry.METEOROLOGY")).isEqualByComparingTo(n("0"));
        // m2 alone: the stock as it stood at m2's end, the flow of m2
        Map<String, BigDecimal> membersM2 = figures(f.top, m2, m2, "member", null);
        assertThat(membersM2.get("member.insight.count")).isEqualByComparingTo(n("2"));
        assertThat(membersM2.get("member.insight.joined")).isEqualByComparingTo(n("2"));

        Map<String, BigDecimal> appeals = figures(f.top, m2, now, "appeals", null);
        assertThat(appeals.get("appeals.insight.received")).isEqualByComparingTo(n("3"));
        assertThat(appeals.get("appeals.insight.closedOnTime")).isEqualByComparingTo(n("1"));
        assertThat(appeals.get("appeals.insight.closedLate")).isEqualByComparingTo(n("1"));
        assertThat(appeals.get("appeals.insight.escalated")).isEqualByComparingTo(n("1"));
        assertThat(appeals.get("appeals.insight.rated")).isEqualByComparingTo(n("2"));
        assertThat(appeals.get("appeals.insight.satisfaction")).isEqualByComparingTo(n("4.00"));

        Map<String, BigDecimal> appealsM2 = figures(f.top, m2, m2, "appeals", null);
        assertThat(appealsM2.get("appeals.insight.received")).isEqualByComparingTo(n("2"));
        assertThat(appealsM2.get("appeals.insight.closedOnTime")).isEqualByComparingTo(n("1"));
        assertThat(appealsM2.get("appeals.insight.closedLate")).isEqualByComparingTo(n("0"));
        assertThat(appealsM2.get("appeals.insight.satisfaction")).isEqualByComparingTo(n("5.00"));
        Map<String, BigDecimal> appealsM1 = figures(f.top, m1, m1, "appeals", null);
        assertThat(appealsM1.get("appeals.insight.received")).isEqualByComparingTo(n("1"));
        assertThat(appealsM1.get("appeals.insight.closedLate")).isEqualByComparingTo(n("1"));
        assertThat(appealsM1.get("appeals.insight.satisfaction")).isEqualByComparingTo(n("3.00"));

        Map<String, BigDecimal> hardship = figures(f.top, m2, now, "hardship", null);
        assertThat(hardship.get("hardship.insight.applied")).isEqualByComparingTo(n("2"));
        assertThat(hardship.get("hardship.insight.approved.DEEP")).isEqualByComparingTo(n("1"));
        assertThat(hardship.get("hardship.insight.approved.RELATIVE")).isEqualByComparingTo(n("0"));
        assertThat(hardship.get("hardship.insight.aids")).isEqualByComparingTo(n("2"));
        assertThat(hardship.get("hardship.insight.aidPaid")).isEqualByComparingTo(n("1300.00"));
        Map<String, BigDecimal> hardshipM1 = figures(f.top, m1, m1, "hardship", null);
        assertThat(hardshipM1.get("hardship.insight.applied")).isEqualByComparingTo(n("1"));
        assertThat(hardshipM1.get("hardship.insight.aidPaid")).isEqualByComparingTo(n("1200.50"));
        assertThat(figures(f.top, m2, now, "hardship", f.unitB).get("hardship.insight.aidPaid"))
                .isEqualByComparingTo(n("0"));

        // per child: unit A holds its team's figures, unit B its own; nothing rated in B, so no average
        Map<String, BigDecimal> a = figures(f.top, m2, now, "appeals", f.unitA);
        assertThat(a.get("appeals.insight.received")).isEqualByComparingTo(n("2"));
        assertThat(a.get("appeals.insight.satisfaction")).isEqualByComparingTo(n("4.00"));
        Map<String, BigDecimal> b = figures(f.top, m2, now, "appeals", f.unitB);
        assertThat(b.get("appeals.insight.received")).isEqualByComparingTo(n("1"));
        assertThat(b.get("appeals.insight.satisfaction")).isNull();
        assertThat(figures(f.top, m2, now, "member", f.unitA).get("member.insight.count")).isEqualByComparingTo(n("2"));

        // one stored row per org, metric and month: the subtree's figure is read, not added up at request time
        assertThat(jdbc.queryForObject("select figure from insight_figure where org_id = ? and period = ? and metric = ?",
                BigDecimal.class, f.top, Periods.of(m2), "appeals.insight.received")).isEqualByComparingTo(n("2"));
        long province = InsightFixture.orgId(jdbc, "黑龙江省农林水利气象工会");
        assertThat(jdbc.queryForObject("select count(*) from insight_figure where org_id = ? and period = ? and metric = ?",
                Long.class, province, Periods.of(m2), "appeals.insight.received")).isEqualTo(1);
    }

    @Test
    void anIncrementalRefreshComputesOnlyTheMonthsSinceTheLastRun() {
        InsightRun full = job.refreshNow(true);
        assertThat(full.getKind()).isEqualTo(InsightRun.Kind.FULL);
        assertThat(full.getFinishedAt()).isNotNull();

        f.appeal(f.unitB, Periods.start(now).plusSeconds(60), null, null, null, 0);
        f.appeal(f.unitB, InsightFixture.at(m2, 8), null, null, null, 0); // back-dated into a month already done
        InsightRun incremental = job.refreshNow(false);
        assertThat(incremental.getKind()).isEqualTo(InsightRun.Kind.INCREMENTAL);
        assertThat(incremental.getFromPeriod()).isEqualTo(Periods.of(now));
        assertThat(figures(f.top, now, now, "appeals", null).get("appeals.insight.received")).isEqualByComparingTo(n("1"));
        assertThat(figures(f.top, m2, m2, "appeals", null).get("appeals.insight.received")).isEqualByComparingTo(n("2"));

        job.refreshNow(true);
        assertThat(figures(f.top, m2, m2, "appeals", null).get("appeals.insight.received")).isEqualByComparingTo(n("3"));
        assertThat(figures(f.top, m2, now, "appeals", null).get("appeals.insight.received")).isEqualByComparingTo(n("5"));
    }

    @Test
    void theProvinceDrillsDownAndExportsItsTablesAndAnotherProvinceGetsNone() {
        job.refreshNow(true);
        String range = "&from=" + m2 + "&to=" + now;
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        String home = province.get("/insight").body();
        assertThat(home).contains("黑龙江省农林水利气象工会").contains("看板测试市工会" + f.tag)
                .contains("/insight?org=" + f.top).contains("id=\"insight-appeals\"").contains("class=\"card bar-chart\"")
                .contains("/js/bar-chart").contains("数据截至");

        TestHttp.Response top = province.get("/insight?org=" + f.top + range);
        assertThat(top.status()).isEqualTo(200);
        assertThat(top.body()).contains("看板测试甲林场工会" + f.tag).contains("/insight?org=" + f.unitA)
                .contains("看板测试乙农场工会" + f.tag).contains("value=\"" + m2 + "\"");
        TestHttp.Response unit = province.get("/insight?org=" + f.unitA + range);
        assertThat(unit.status()).isEqualTo(200);
        assertThat(unit.body()).contains("看板测试甲一班组" + f.tag).doesNotContain("看板测试乙农场工会" + f.tag);

        TestHttp.Response export = province.get("/insight/export.xlsx?org=" + f.top + "&module=appeals" + range);
        assertThat(export.status()).isEqualTo(200);
        String sheet = Workbooks.text(export.bytes());
        assertThat(sheet).contains("受理诉求").contains("看板测试甲林场工会" + f.tag).contains("看板测试乙农场工会" + f.tag)
                .contains("合计");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'INSIGHT_EXPORT' and org_id = ?",
                Long.class, f.top)).isEqualTo(1);

        TestHttp qinghai = TestHttp.signedIn(port, "cadre.qinghai");
        String own = qinghai.get("/insight").body();
        assertThat(own).contains("青海省农林水利气象工会").doesNotContain("看板测试").doesNotContain("黑龙江省农林水利气象工会");
        assertThat(qinghai.get("/insight?org=" + f.top + range).status()).isEqualTo(403);
        assertThat(qinghai.get("/insight?org=" + f.teamA1).status()).isEqualTo(403);
        long heilongjiang = InsightFixture.orgId(jdbc, "黑龙江省农林水利气象工会");
        assertThat(qinghai.get("/insight?org=" + heilongjiang).status()).isEqualTo(403);
        TestHttp.Response foreign = qinghai.get("/insight/export.xlsx?org=" + f.top + "&module=appeals" + range);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body()).doesNotContain("看板测试");

        TestHttp admin = TestHttp.signedIn(port, "admin");
        assertThat(admin.get("/insight").body()).contains("黑龙江省农林水利气象工会").contains("青海省农林水利气象工会");
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/insight").status()).isEqualTo(403);
    }

    @Test
    void aBadMonthIsSaidOnThePageAndTheLastTwelveMonthsAreShown() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        TestHttp.Response bad = province.get("/insight?from=2026-13&to=abc");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("月份格式不正确").contains("value=\"" + now.minusMonths(11) + "\"")
                .contains("value=\"" + now + "\"");
        TestHttp.Response reversed = province.get("/insight?from=" + now + "&to=" + m2);
        assertThat(reversed.body()).contains("name=\"from\" value=\"" + m2 + "\"");
    }

    @Test
    void onlyAnAdminHasTheFiguresRebuiltAndNotOnHisRequest() throws Exception {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        province.get("/insight");
        assertThat(province.postForm("/insight/rebuild", new java.util.HashMap<>()).status()).isEqualTo(403);
        long before = jdbc.queryForObject("select count(*) from insight_run where kind = 'FULL'", Long.class);
        TestHttp admin = TestHttp.signedIn(port, "admin");
        admin.get("/insight");
        TestHttp.Response asked = admin.postForm("/insight/rebuild", new java.util.HashMap<>());
        assertThat(asked.status()).isEqualTo(302);
        for (int i = 0; i < 100 && jdbc.queryForObject("select count(*) from insight_run where kind = 'FULL'"
                + " and finished_at is not null", Long.class) <= before; i++) {
            Thread.sleep(100);
        }
        assertThat(jdbc.queryForObject("select count(*) from insight_run where kind = 'FULL' and finished_at is not null",
                Long.class)).isGreaterThan(before);
        assertThat(List.of(admin.get("/insight").body())).allMatch(b -> b.contains("数据截至"));
    }
}
