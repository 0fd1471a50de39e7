package org.workershome.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.core.time.Times;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

import tools.jackson.databind.JsonNode;

/** The working-day rules over the seeded 2026 calendar, and admin edits taking effect at once. */
@IntegrationTest
class WorkingDaysTest {

    @LocalServerPort
    int port;

    @Autowired
    WorkingDays workingDays;

    @Test
    void nationalDayWeekIsOffAndItsMakeUpSaturdayIsAWorkingDay() {
        for (LocalDate day = LocalDate.of(2026, 10, 1); !day.isAfter(LocalDate.of(2026, 10, 7)); day = day.plusDays(1)) {
            assertThat(workingDays.isWorkingDay(day)).as("%s", day).isFalse();
        }
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 11))).as("an ordinary Sunday").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 9))).as("an ordinary Friday").isTrue();
    }

    @Test
    void oneWorkingDayAfterSeptember30IsOctober8() {
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8))).isEqualTo(1);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 9, 30))).isEqualTo(-1);
    }

    @Test
    void springFestivalCountsTheMakeUpSaturdayAndSkipsTheHolidayWeek() {
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 2, 14), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void deadlineIsTheEndOfTheDueDayInBeijing() {
        var start = ZonedDateTime.of(2026, 9, 30, 23, 30, 0, 0, Times.ZONE).toInstant();
        var deadline = workingDays.deadline(start, 1).atZone(Times.ZONE);
        assertThat(deadline.toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(deadline.getHour()).isEqualTo(23);
        assertThat(deadline.getMinute()).isEqualTo(59);
        assertThat(deadline.plusSeconds(1).toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 9));
    }

    @Test
    void adminEditThroughTheApiChangesWorkingDaysAtOnceAndIsAudited() {
        TestHttp admin = TestHttp.api(port, "admin");
        LocalDate monday = LocalDate.of(2026, 11, 16);
        assertThat(workingDays.isWorkingDay(monday)).isTrue();
        try {
            TestHttp.Response put = admin.sendJson("PUT", "/api/v1/calendar/" + monday,
                    Map.of("kind", "HOLIDAY", "name", "测试假日"), Map.of());
            assertThat(put.status()).isEqualTo(200);
            assertThat(put.json().get("workingDay").asBoolean()).isFalse();
            assertThat(workingDays.isWorkingDay(monday)).isFalse();
            assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 11, 13), 1)).isEqualTo(LocalDate.of(2026, 11, 17));

            JsonNode audit = admin.get("/api/v1/audit-log?target=" + monday + "&targetType=CalendarDay").json().get("items");
            assertThat(audit.size()).isGreaterThan(0);
            assertThat(audit.get(0).get("action").asString()).isEqualTo("CALENDAR_UPDATE");
            assertThat(audit.get(0).get("username").asString()).isEqualTo("admin");
            assertThat(audit.get(0).get("detail").asString()).contains("HOLIDAY 测试假日");
        } finally {
            assertThat(admin.delete("/api/v1/calendar/" + monday).status()).isEqualTo(204);
        }
        assertThat(workingDays.isWorkingDay(monday)).isTrue();
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 11, 13), 1)).isEqualTo(monday);
    }

    @Test
    void everyoneReadsTheCalendarButOnlyCalendarAdminsEditIt() {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        JsonNode year = worker.get("/api/v1/calendar?year=2026").json();
        boolean makeUpDayListed = false;
        for (JsonNode day : year) {
            if (day.get("date").asString().equals("2026-10-10")) {
                makeUpDayListed = day.get("kind").asString().equals("WORKDAY") && day.get("workingDay").asBoolean();
            }
        }
        assertThat(makeUpDayListed).isTrue();
        assertThat(worker.sendJson("PUT", "/api/v1/calendar/2026-11-18", Map.of("kind", "HOLIDAY", "name", "x"), Map.of())
                .status()).isEqualTo(403);
        assertThat(worker.delete("/api/v1/calendar/2026-10-01").status()).isEqualTo(403);
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 18))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    }

    @Test
    void aDayWithoutANameIsRefusedWithTheFieldNamed() {
        TestHttp.Response response = TestHttp.api(port, "admin")
                .sendJson("PUT", "/api/v1/calendar/2026-11-19", Map.of("kind", "HOLIDAY", "name", " "), Map.of());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 19))).isTrue();
    }

    @Test
    void monthPageShowsHolidaysAndMakeUpDaysAndItsFormSetsAndResetsADay() {
        TestHttp admin = TestHttp.signedIn(port, "admin");
        TestHttp.Response page = admin.get("/calendar?year=2026&month=10");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("2026年10月", "国庆节", "国庆节调休（上班）", "周末");

        LocalDate saturday = LocalDate.of(2026, 11, 21);
        try {
            TestHttp.Response saved = admin.postForm("/calendar/days",
                    Map.of("date", saturday.toString(), "kind", "WORKDAY", "name", "测试调休"));
            assertThat(saved.status()).isEqualTo(302);
            assertThat(workingDays.isWorkingDay(saturday)).isTrue();
            assertThat(admin.get("/calendar?year=2026&month=11").body()).contains("测试调休（上班）");

            TestHttp.Response invalid = admin.postForm("/calendar/days",
                    Map.of("date", "2026-11-22", "kind", "HOLIDAY", "name", ""));
            assertThat(invalid.status()).isEqualTo(200);
            assertThat(invalid.body()).contains("请填写名称");
        } finally {
            admin.postForm("/calendar/days", Map.of("date", saturday.toString(), "kind", "NORMAL", "name", ""));
        }
        assertThat(workingDays.isWorkingDay(saturday)).isFalse();
    }

    @Test
    void cadreMayNotOpenTheCalendarAdminPage() {
        assertThat(TestHttp.signedIn(port, "cadre.forest").get("/calendar").status()).isEqualTo(403);
    }
}
