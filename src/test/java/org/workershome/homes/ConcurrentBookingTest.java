package org.workershome.homes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.workershome.homes.HomesFixtures.*;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.time.Times;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

/**
 * On PostgreSQL two bookings of one slot that pass the service's check together cannot both land: the exclusion
 * constraint refuses the second, which is answered with the same message. (H2 has no exclusion constraints.)
 */
@IntegrationTest
class ConcurrentBookingTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    private boolean postgres() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
    }

    @Test
    void ofEightConcurrentBookingsOfOneSlotExactlyOneWins() throws Exception {
        assumeTrue(postgres(), "the exclusion constraint is PostgreSQL's");
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        long home = home(cadre, orgId(jdbc, "伊春红星林场工会"), "并发测试之家");
        long room = room(jdbc, cadre, home, "多功能厅");
        String day = LocalDate.now(clock.withZone(Times.ZONE)).plusDays(33).toString();
        List<TestHttp> workers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            TestHttp who = TestHttp.signedIn(port, i % 2 == 0 ? "worker.forest" : "rep.forest");
            who.get("/homes/" + home);
            workers.add(who);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<TestHttp.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            TestHttp who = workers.get(i);
            // ranges that all overlap 10:00–10:30 but differ, so that no two are the same request
            String from = day + "T10:0" + i;
            answers.add(pool.submit(() -> {
                start.await();
                return book(who, home, room, from, day + "T10:30");
            }));
        }
        start.countDown();
        int won = 0;
        int refused = 0;
        for (Future<TestHttp.Response> answer : answers) {
            TestHttp.Response r = answer.get();
            if (r.status() == 302) {
                won++;
            } else {
                assertThat(r.status()).isEqualTo(409);
                assertThat(r.body()).contains("已被预订");
                refused++;
            }
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(refused).isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from homes_booking where room_id = ? and status = 'ACTIVE'",
                Long.class, room)).isEqualTo(1);
    }

    @Test
    void theDatabaseItselfRefusesAnOverlapButNotAnAdjacentOrCancelledOne() {
        assumeTrue(postgres(), "the exclusion constraint is PostgreSQL's");
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        long home = home(cadre, orgId(jdbc, "伊春红星林场工会"), "约束测试之家");
        long room = room(jdbc, cadre, home, "小会议室");
        long org = orgId(jdbc, "伊春红星林场工会");
        String insert = "insert into homes_booking (org_id, home_id, room_id, starts_at, ends_at, purpose, booker_account_id,"
                + " booker_name, status, created_at) values (?, ?, ?, ?, ?, 'sql', 1, 'sql', ?, now())";
        Timestamp ten = Timestamp.valueOf("2030-03-01 10:00:00");
        Timestamp eleven = Timestamp.valueOf("2030-03-01 11:00:00");
        Timestamp twelve = Timestamp.valueOf("2030-03-01 12:00:00");
        jdbc.update(insert, org, home, room, ten, eleven, "ACTIVE");
        jdbc.update(insert, org, home, room, eleven, twelve, "ACTIVE");
        jdbc.update(insert, org, home, room, ten, twelve, "CANCELLED");
        assertThatThrownBy(() -> jdbc.update(insert, org, home, room, Timestamp.valueOf("2030-03-01 10:59:00"),
                Timestamp.valueOf("2030-03-01 11:01:00"), "ACTIVE"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining(BookingManagement.OVERLAP_CONSTRAINT);
    }

    /**
     * A booking the service's check cannot see (a row of an org outside the booker's scope, as a twin committing at
     * the same moment is invisible to it) still blocks the slot: the constraint refuses and the form shows the message.
     */
    @Test
    void whatTheServicesCheckMissesTheConstraintRefusesWithTheSameMessage() {
        assumeTrue(postgres(), "the exclusion constraint is PostgreSQL's");
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        long home = home(cadre, orgId(jdbc, "伊春红星林场工会"), "暗行测试之家");
        long room = room(jdbc, cadre, home, "暗室");
        String day = LocalDate.now(clock.withZone(Times.ZONE)).plusDays(34).toString();
        assertThat(book(cadre, home, room, day + "T14:00", day + "T15:00").status()).isEqualTo(302);
        long root = jdbc.queryForObject("select id from org where parent_id is null", Long.class);
        // the same slot moved to an org the forest cadre does not see: his check finds nothing there
        jdbc.update("update homes_booking set org_id = ? where room_id = ?", root, room);
        TestHttp.Response refused = book(cadre, home, room, day + "T14:30", day + "T15:30");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("该活动室在 " + day + " 14:30–15:30 已被预订，请另选时间。");
        assertThat(jdbc.queryForObject("select count(*) from homes_booking where room_id = ?", Long.class, room))
                .isEqualTo(1);
    }
}
