package org.workershome.core.calendar;

import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.workershome.core.account.Permissions;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Access;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.time.Times;

/** The working-day calendar for clients: anyone signed in reads it, calendar admins edit it. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

    record DayJson(LocalDate date, DayKind kind, String name, boolean workingDay) {}

    record DayBody(DayKind kind, String name) {}

    private final CalendarManagement calendar;
    private final WorkingDays workingDays;
    private final Clock clock;

    private final Access access;

    CalendarApi(CalendarManagement calendar, WorkingDays workingDays, Clock clock, Access access) {
        this.access = access;
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** The listed holidays and make-up working days of a year (the current one by default). */
    @GetMapping
    List<DayJson> year(@RequestParam(required = false) Integer year) {
        int wanted = year != null ? year : LocalDate.now(clock.withZone(Times.ZONE)).getYear();
        return calendar.year(wanted).stream().map(this::json).toList();
    }

    @PutMapping("/{date}")
    DayJson set(@AuthenticationPrincipal CurrentUser user, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @RequestBody DayBody body) {
        access.require(user, Permissions.CALENDAR_WRITE);
        return json(calendar.set(date, body.kind(), body.name()));
    }

    @DeleteMapping("/{date}")
    ResponseEntity<Void> reset(@AuthenticationPrincipal CurrentUser user, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        access.require(user, Permissions.CALENDAR_WRITE);
        calendar.reset(date);
        return ResponseEntity.noContent().build();
    }

    private DayJson json(CalendarDay day) {
        return new DayJson(day.getDate(), day.getKind(), day.getName(), workingDays.isWorkingDay(day.getDate()));
    }
}
