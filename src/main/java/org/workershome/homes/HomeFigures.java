package org.workershome.homes;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.org.OrgDirectory;

/**
 * Figures of the workers' homes of an org's subtree, for the insight dashboards: how many homes, how many with each
 * star rating, and the bookings and activities of a date range. Read in the caller's data scope: what the caller
 * may not see is not counted (a cadre of another province gets zeros, not an error).
 */
@Service
public class HomeFigures {

    /**
     * @param homes      homes in the subtree
     * @param byStars    homes per star rating 1–5; 0 counts the homes not rated yet
     * @param bookings   active room bookings overlapping the range
     * @param activities activities overlapping the range
     */
    public record Figures(long homes, Map<Integer, Long> byStars, long bookings, long activities) {}

    private final WorkersHomes homes;
    private final Bookings bookings;
    private final Activities activities;
    private final OrgDirectory orgs;

    HomeFigures(WorkersHomes homes, Bookings bookings, Activities activities, OrgDirectory orgs) {
        this.homes = homes;
        this.bookings = bookings;
        this.activities = activities;
        this.orgs = orgs;
    }

    /** The figures of {@code orgId} and every org below it; the range's days from {@code from} to {@code to}, both included. */
    @Transactional(readOnly = true)
    public Figures of(Long orgId, LocalDate from, LocalDate to) {
        if (orgId == null || from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("an org and a range from <= to are required");
        }
        Map<Integer, Long> byStars = new TreeMap<>();
        for (int s = 0; s <= 5; s++) {
            byStars.put(s, 0L);
        }
        long count = 0;
        for (WorkersHome home : homes.findAll()) {
            if (orgs.isWithin(home.getOrgId(), orgId)) {
                count++;
                byStars.merge(home.getStars() == null ? 0 : home.getStars(), 1L, Long::sum);
            }
        }
        var start = from.atStartOfDay();
        var end = to.plusDays(1).atStartOfDay();
        return new Figures(count, Collections.unmodifiableMap(byStars), within(bookings.countByOrg(start, end), orgId),
                within(activities.countByOrg(start, end), orgId));
    }

    private long within(List<Object[]> perOrg, Long orgId) {
        return perOrg.stream().filter(row -> orgs.isWithin((Long) row[0], orgId)).mapToLong(row -> (Long) row[1]).sum();
    }
}
