package org.workershome.homes;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;

/**
 * A home's activities and the month view of its calendar: weeks from Monday, each day with the activities and
 * bookings that touch it, built on the server so that the page needs no script.
 */
@Service
class HomeCalendar {

    private final Activities activities;
    private final BookingManagement bookings;
    private final HomeManagement homes;
    private final Clock clock;

    HomeCalendar(Activities activities, BookingManagement bookings, HomeManagement homes, Clock clock) {
        this.activities = activities;
        this.bookings = bookings;
        this.homes = homes;
        this.clock = clock;
    }

    /** One day of the month view; {@code inMonth} false for the days of the weeks' edges. */
    record Day(LocalDate date, boolean inMonth, boolean today, List<Activity> activities, List<Booking> bookings) {}

    record Month(YearMonth month, List<List<Day>> weeks) {}

    @Transactional
    public Activity add(CurrentUser user, Long homeId, Activity.Draft draft) {
        WorkersHome home = homes.managed(user, homeId);
        return activities.save(new Activity(home, draft, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Activity> between(Long homeId, LocalDateTime from, LocalDateTime to) {
        return activities.findByHomeIdAndEndsAtAfterAndStartsAtBeforeOrderByStartsAt(homeId, from, to);
    }

    @Transactional(readOnly = true)
    public Month month(Long homeId, YearMonth month) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDateTime from = first.atStartOfDay();
        LocalDateTime to = last.plusDays(1).atStartOfDay();
        List<Activity> held = between(homeId, from, to);
        List<Booking> booked = bookings.ofHome(homeId, from, to);
        LocalDate today = homes.today();
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate date = monday.plusDays(i);
                LocalDateTime start = date.atStartOfDay();
                LocalDateTime end = start.plusDays(1);
                week.add(new Day(date, YearMonth.from(date).equals(month), date.equals(today),
                        held.stream().filter(a -> a.getStartsAt().isBefore(end) && a.getEndsAt().isAfter(start)).toList(),
                        booked.stream().filter(b -> b.getStartsAt().isBefore(end) && b.getEndsAt().isAfter(start)).toList()));
            }
            weeks.add(week);
        }
        return new Month(month, weeks);
    }
}
