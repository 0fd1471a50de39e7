package org.workershome.homes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.homes.HomesFixtures.*;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.time.Times;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

/** Room bookings through the pages: adjacent ranges stand, overlapping ones are refused, a cancellation frees the slot. */
@IntegrationTest
class RoomBookingTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    private long active(long roomId) {
        return jdbc.queryForObject("select count(*) from homes_booking where room_id = ? and status = 'ACTIVE'",
                Long.class, roomId);
    }

    /** The active booking of the room that is n-th by its start (0 the first). */
    private long activeByStart(long roomId, int n) {
        return jdbc.queryForList("select id from homes_booking where room_id = ? and status = 'ACTIVE' order by starts_at",
                Long.class, roomId).get(n);
    }

    @Test
    void adjacentRangesStandOverlappingOnesAreRefusedAndACancellationFreesTheSlot() {
        String day = LocalDate.now(clock.withZone(Times.ZONE)).plusDays(30).toString();
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        long home = home(cadre, orgId(jdbc, "伊春红星林场工会"), "预订测试之家");
        long room = room(jdbc, cadre, home, "阅览室");

        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        worker.get("/homes/" + home);
        assertThat(book(worker, home, room, day + "T10:00", day + "T11:00").status()).isEqualTo(302);
        assertThat(book(worker, home, room, day + "T11:00", day + "T12:00").status()).as("adjacent").isEqualTo(302);
        assertThat(book(worker, home, room, day + "T09:00", day + "T10:00").status()).as("adjacent before").isEqualTo(302);
        assertThat(active(room)).isEqualTo(3);

        TestHttp rep = TestHttp.signedIn(port, "rep.forest");
        rep.get("/homes/" + home);
        TestHttp.Response overlapping = book(rep, home, room, day + "T10:30", day + "T11:30");
        assertThat(overlapping.status()).as("the form again, refused").isEqualTo(409);
        assertThat(overlapping.body()).contains("该活动室在 " + day + " 10:00–11:00 已被预订，请另选时间。");
        TestHttp.Response inside = book(rep, home, room + 0, day + "T10:15", day + "T10:45");
        assertThat(inside.body()).contains("已被预订");
        TestHttp.Response around = book(rep, home, room, day + "T08:00", day + "T13:00");
        assertThat(around.body()).contains("已被预订");
        TestHttp.Response english = rep.postForm("/homes/" + home + "/bookings?lang=en", Map.of("roomId",
                String.valueOf(room), "startsAt", day + "T10:30", "endsAt", day + "T10:40", "purpose", "x",
                "requestToken", java.util.UUID.randomUUID().toString()));
        assertThat(english.body()).contains("The room is already booked " + day + " 10:00–11:00; choose another time.");
        assertThat(active(room)).as("nothing written").isEqualTo(3);

        TestHttp.Response backwards = book(rep, home, room, day + "T15:00", day + "T14:00");
        assertThat(backwards.body()).contains("The end must be after the start.");
        TestHttp.Response past = book(rep, home, room, "2020-01-01T10:00", "2020-01-01T11:00");
        assertThat(past.body()).contains("The start cannot be in the past.");
        TestHttp.Response garbled = book(rep, home, room, "tomorrow", day + "T11:00");
        assertThat(garbled.status()).isEqualTo(200);
        assertThat(active(room)).isEqualTo(3);

        long ten = activeByStart(room, 1);
        assertThat(rep.postForm("/homes/bookings/" + ten + "/cancel", Map.of()).status())
                .as("another worker may not cancel it").isEqualTo(403);
        assertThat(active(room)).isEqualTo(3);
        assertThat(worker.postForm("/homes/bookings/" + ten + "/cancel", Map.of()).status()).isEqualTo(302);
        assertThat(active(room)).isEqualTo(2);
        assertThat(book(rep, home, room, day + "T10:30", day + "T11:00").status()).as("the slot is free again")
                .isEqualTo(302);

        long eleven = activeByStart(room, 2);
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").postForm("/homes/bookings/" + eleven + "/cancel", Map.of())
                .status()).as("another province does not find it").isEqualTo(404);
        assertThat(cadre.postForm("/homes/bookings/" + eleven + "/cancel", Map.of()).status())
                .as("the home's manager cancels any").isEqualTo(302);
        assertThat(active(room)).isEqualTo(2);

        String page = worker.get("/homes/" + home).body();
        assertThat(page).doesNotContain("11:00–12:00");
        String me = worker.get("/me").body();
        assertThat(me).contains("我的活动室预订").contains("预订测试之家").contains(day + " 09:00–10:00");
    }
}
