package org.workershome.core.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.workershome.core.cache.NodeCaches;
import org.workershome.core.time.Times;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * Working days of the union's calendar, for SLA deadlines: Monday to Friday, except listed holidays, plus
 * listed make-up working days (调休). The overrides of each year are cached; edits evict them.
 */
@Service
public class WorkingDays {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /** A deadline more than ten years of days away is a bug in the caller (or a calendar without working days). */
    private static final int MAX_DAYS_SCANNED = 3700;

    private final CalendarDays days;
    private final LoadingCache<Integer, Map<LocalDate, DayKind>> years;

    private final NodeCaches caches;

    WorkingDays(CalendarDays days, NodeCaches caches) {
        this.days = days;
        this.caches = caches;
        this.years = Caffeine.newBuilder().maximumSize(50).expireAfterWrite(1, TimeUnit.HOURS).build(this::load);
        caches.register("working-days", years::invalidateAll);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind override = years.get(date.getYear()).get(date);
        if (override != null) {
            return override == DayKind.WORKDAY;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code start} ({@code start} itself for n = 0, whatever it is). */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        int found = 0;
        for (int scanned = 0; found < n; scanned++) {
            if (scanned > MAX_DAYS_SCANNED) {
                throw new IllegalStateException("no " + n + " working days after " + start);
            }
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }

    /**
     * Working days in {@code (from, to]}, so that {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n};
     * negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The end (23:59:59 Beijing time) of the n-th working day after the day of {@code start}. Whole seconds: a
     * database timestamp keeps microseconds and would round {@code LocalTime.MAX} up to the next day.
     */
    public Instant deadline(Instant start, int workingDays) {
        LocalDate due = plusWorkingDays(LocalDate.ofInstant(start, Times.ZONE), workingDays);
        return due.atTime(END_OF_DAY).atZone(Times.ZONE).toInstant();
    }

    /** The listed overrides of a year, by date. */
    public Map<LocalDate, DayKind> overrides(int year) {
        return years.get(year);
    }

    /** Forgets cached years now, again after the current transaction ends, and on the other nodes. */
    void evict() {
        caches.changed("working-days");
    }

    private Map<LocalDate, DayKind> load(int year) {
        List<CalendarDay> listed = days.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        return Map.copyOf(listed.stream().collect(Collectors.toMap(CalendarDay::getDate, CalendarDay::getKind)));
    }
}
