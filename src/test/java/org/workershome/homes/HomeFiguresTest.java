package org.workershome.homes;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.org.Org;
import org.workershome.core.org.OrgDraft;
import org.workershome.core.org.OrgManagement;
import org.workershome.core.org.OrgType;
import org.workershome.core.time.Times;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;

/**
 * The dashboards' figures against a fixture counted by hand: a province of its own with two units, four homes (one
 * five-star, one three-star, two unrated), bookings and activities in, on the edges of, and outside a week.
 */
@IntegrationTest
class HomeFiguresTest {

    private static final int YEAR = 2032;

    @Autowired HomeFigures figures;
    @Autowired HomeManagement homes;
    @Autowired CriteriaManagement criteria;
    @Autowired EvaluationManagement evaluations;
    @Autowired BookingManagement bookings;
    @Autowired HomeCalendar calendar;
    @Autowired OrgManagement orgs;
    @Autowired DemoSignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired HomesInsight insight;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private WorkersHome home(CurrentUser admin, Org org, String name) {
        return homes.register(admin, new WorkersHome.Draft(org.getId(), name, "统计路1号", null, null, null,
                Set.of(Facility.WIFI), null), null);
    }

    private static String name(long orgId, Org province, Org unit1) {
        return orgId == province.getId() ? "province" : orgId == unit1.getId() ? "unit1" : "unit2";
    }

    private void rate(CurrentUser admin, WorkersHome home, int points) {
        Evaluation e = evaluations.open(admin, home.getId(), YEAR, null);
        Long criterion = criteria.of(YEAR).get(0).getId();
        evaluations.score(admin, e.getId(), Map.of(criterion, points), Map.of(), true);
        evaluations.approve(admin, e.getId());
    }

    @Test
    void homesStarsBookingsAndActivitiesOfASubtreeInTheReadersScope() {
        CurrentUser admin = signIn.as("admin");
        Long root = jdbc.queryForObject("select id from org where parent_id is null", Long.class);
        Org province = orgs.create(new OrgDraft(root, "统计测试省工会", OrgType.PROVINCIAL, null, null));
        Org unit1 = orgs.create(new OrgDraft(province.getId(), "统计测试一厂工会", OrgType.GRASSROOTS, null, null));
        Org unit2 = orgs.create(new OrgDraft(province.getId(), "统计测试二厂工会", OrgType.GRASSROOTS, null, null));
        WorkersHome a = home(admin, unit1, "一厂甲之家");
        WorkersHome b = home(admin, unit1, "一厂乙之家");
        WorkersHome c = home(admin, unit2, "二厂之家");
        WorkersHome d = home(admin, province, "省之家");
        criteria.add(admin, YEAR, "综合", 10, 10);
        rate(admin, a, 10); // 100.0 → ★★★★★
        rate(admin, c, 7);  // 70.0 → ★★★

        LocalDate from = LocalDate.now(clock.withZone(Times.ZONE)).plusDays(20);
        LocalDate to = from.plusDays(6);
        LocalDateTime day0 = from.atStartOfDay();
        Room roomA = homes.addRoom(admin, a.getId(), "甲会议室", 10);
        Room roomC = homes.addRoom(admin, c.getId(), "乙会议室", 10);
        Room roomD = homes.addRoom(admin, d.getId(), "省会议室", 10);
        bookings.book(admin, roomA.getId(), day0.plusHours(10), day0.plusHours(11), "in", null);
        bookings.book(admin, roomA.getId(), day0.plusDays(6).plusHours(22), day0.plusDays(6).plusHours(23), "last day", null);
        bookings.book(admin, roomC.getId(), day0.minusHours(1), day0.plusHours(1), "across the start", null);
        bookings.book(admin, roomA.getId(), day0.plusDays(7).plusHours(10), day0.plusDays(7).plusHours(11), "after", null);
        Booking cancelled = bookings.book(admin, roomD.getId(), day0.plusDays(2).plusHours(10),
                day0.plusDays(2).plusHours(11), "cancelled", null);
        bookings.cancel(admin, cancelled.getId());
        calendar.add(admin, a.getId(), new Activity.Draft("读书会", day0.plusDays(1).plusHours(19),
                day0.plusDays(1).plusHours(21), null, "工会", null));
        calendar.add(admin, d.getId(), new Activity.Draft("讲座", day0.plusDays(3).plusHours(9),
                day0.plusDays(3).plusHours(10), null, "工会", null));
        calendar.add(admin, a.getId(), new Activity.Draft("下周活动", day0.plusDays(7).plusHours(9),
                day0.plusDays(7).plusHours(10), null, "工会", null));

        HomeFigures.Figures all = figures.of(province.getId(), from, to);
        assertThat(all.homes()).isEqualTo(4);
        assertThat(all.byStars()).containsExactlyInAnyOrderEntriesOf(Map.of(0, 2L, 1, 0L, 2, 0L, 3, 1L, 4, 0L, 5, 1L));
        assertThat(all.bookings()).as("in, last day, across the start; not after, not cancelled").isEqualTo(3);
        assertThat(all.activities()).isEqualTo(2);

        // the same records as the insight dashboards are told them: each org's own, a day before to a day after the week
        Instant start = day0.minusDays(1).atZone(Times.ZONE).toInstant();
        Instant end = day0.plusDays(8).atZone(Times.ZONE).toInstant();
        Map<String, BigDecimal> told = new java.util.TreeMap<>();
        Set<Long> ours = Set.of(province.getId(), unit1.getId(), unit2.getId());
        insight.figures(start, end).stream().filter(f -> ours.contains(f.orgId()))
                .forEach(f -> told.put(name(f.orgId(), province, unit1) + " " + f.metric(), f.value()));
        assertThat(told).containsExactlyInAnyOrderEntriesOf(Map.of(
                "unit1 homes.insight.homes", BigDecimal.valueOf(2), "unit1 homes.insight.rated", BigDecimal.ONE,
                "unit1 homes.insight.bookings", BigDecimal.valueOf(3), "unit1 homes.insight.activities", BigDecimal.valueOf(2),
                "unit2 homes.insight.homes", BigDecimal.ONE, "unit2 homes.insight.rated", BigDecimal.ONE,
                "unit2 homes.insight.bookings", BigDecimal.ONE,
                "province homes.insight.homes", BigDecimal.ONE, "province homes.insight.activities", BigDecimal.ONE));

        HomeFigures.Figures one = figures.of(unit1.getId(), from, to);
        assertThat(one.homes()).isEqualTo(2);
        assertThat(one.byStars().get(5)).isEqualTo(1);
        assertThat(one.byStars().get(0)).isEqualTo(1);
        assertThat(one.bookings()).isEqualTo(2);
        assertThat(one.activities()).isEqualTo(1);

        HomeFigures.Figures lastDayOnly = figures.of(province.getId(), to, to);
        assertThat(lastDayOnly.bookings()).isEqualTo(1);
        assertThat(lastDayOnly.activities()).isZero();

        signIn.as("cadre.qinghai");
        HomeFigures.Figures outside = figures.of(province.getId(), from, to);
        assertThat(outside.homes()).isZero();
        assertThat(outside.bookings()).isZero();
        assertThat(outside.activities()).isZero();
        assertThat(outside.byStars().values()).allMatch(n -> n == 0);
    }
}
