package org.workershome.appeals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.scope.OrgPaths;
import org.workershome.core.time.Times;
import org.workershome.core.error.InvalidInput;

/**
 * Figures of the appeals submitted in a date range, one row per handling org in the caller's scope (the scope
 * filter limits the aggregate queries like any other), optionally limited to one org's subtree.
 *
 * <p><b>On time</b>: an appeal counts as answered on time when it was replied to without ever being escalated
 * ({@code repliedAt} set and {@code escalationLevel = 0}); escalation happens exactly when a deadline passed. The
 * on-time rate is on-time replies over all replies. Open and overdue are the current state of the appeals
 * submitted in the range.
 */
@Service
public class AppealStatistics {

    private final Appeals appeals;
    private final OrgPaths orgPaths;
    private final OrgDirectory orgDirectory;
    private final Clock clock;

    AppealStatistics(Appeals appeals, OrgPaths orgPaths, OrgDirectory orgDirectory, Clock clock) {
        this.appeals = appeals;
        this.orgPaths = orgPaths;
        this.orgDirectory = orgDirectory;
        this.clock = clock;
    }

    /** The range is of days in {@link Times#ZONE}, both ends included; {@code orgId} null means all in scope. */
    public record Query(LocalDate from, LocalDate to, Long orgId) {}

    /** The figures of one org (or of all, for the total row). */
    public record Figures(Long orgId, String orgName, long total, Map<String, Long> byCategory, long closed,
            long replied, long repliedOnTime, Double onTimeRate, Double averageRating, long ratings, long open,
            long overdue) {}

    public record Statistics(LocalDate from, LocalDate to, Long orgId, List<Figures> orgs, Figures total) {}

    /** This year up to today, in {@link Times#ZONE}. */
    public Query defaults(LocalDate from, LocalDate to, Long orgId) {
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        LocalDate start = from != null ? from : today.withDayOfYear(1);
        LocalDate end = to != null ? to : today;
        if (end.isBefore(start)) {
            throw InvalidInput.field("to", "appeal.stats.range");
        }
        return new Query(start, end, orgId);
    }

    @Transactional(readOnly = true)
    public Statistics of(Query query) {
        Instant from = query.from().atStartOfDay(Times.ZONE).toInstant();
        Instant to = query.to().plusDays(1).atStartOfDay(Times.ZONE).toInstant();
        String pattern = query.orgId() == null ? "%" : orgPaths.pathOf(query.orgId()).map(p -> p + "%").orElse("");
        Map<Long, Map<String, Long>> volumes = new HashMap<>();
        for (Object[] row : appeals.volumeByOrgAndCategory(from, to, pattern)) {
            volumes.computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>()).put((String) row[1], number(row[2]));
        }
        List<Figures> rows = new ArrayList<>();
        long[] sums = new long[8];
        for (Object[] row : appeals.figuresByOrg(from, to, pattern, clock.instant())) {
            long[] f = new long[8];
            for (int i = 0; i < 8; i++) {
                f[i] = number(row[i + 1]);
                sums[i] += f[i];
            }
            Long orgId = (Long) row[0];
            rows.add(figures(orgId, orgDirectory.nameOf(orgId), volumes.getOrDefault(orgId, Map.of()), f));
        }
        rows.sort(Comparator.comparing(Figures::total).reversed().thenComparing(Figures::orgId));
        Map<String, Long> allVolumes = new LinkedHashMap<>();
        volumes.values().forEach(v -> v.forEach((category, n) -> allVolumes.merge(category, n, Long::sum)));
        return new Statistics(query.from(), query.to(), query.orgId(), rows, figures(null, null, allVolumes, sums));
    }

    private static Figures figures(Long orgId, String name, Map<String, Long> byCategory, long[] f) {
        long total = f[0], closed = f[1], replied = f[2], onTime = f[3], ratingSum = f[4], ratings = f[5];
        Double rate = replied == 0 ? null : (double) onTime / replied;
        Double average = ratings == 0 ? null : (double) ratingSum / ratings;
        return new Figures(orgId, name, total, byCategory, closed, replied, onTime, rate, average, ratings, f[6], f[7]);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
