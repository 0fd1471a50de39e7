package org.workershome.surveys.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.time.Times;

/** Visits in the reader's scope counted per cadre who went and per province of the unit visited. */
@Service
public class VisitStatistics {

    private final Visits visits;
    private final FollowUps followUps;
    private final OrgDirectory orgs;
    private final Clock clock;

    VisitStatistics(Visits visits, FollowUps followUps, OrgDirectory orgs, Clock clock) {
        this.visits = visits;
        this.followUps = followUps;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** One line: visits, units visited, the last visit, follow-ups open and overdue. */
    public record Line(String name, long visits, long units, LocalDate lastVisit, long open, long overdue) {}

    public record Figures(List<Line> byCadre, List<Line> byProvince) {}

    @Transactional(readOnly = true)
    public Figures figures() {
        List<Visit> all = visits.findAllByOrderByVisitedOnDesc();
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        Map<Long, Visit> byId = new HashMap<>();
        all.forEach(v -> byId.put(v.getId(), v));
        List<FollowUp> open = followUps.findAllByDoneAtIsNull().stream().filter(f -> byId.containsKey(f.getVisitId()))
                .toList();
        Map<Long, String> provinces = new HashMap<>();
        return new Figures(lines(all, open, today, Visit::getVisitorName, byId),
                lines(all, open, today, v -> provinces.computeIfAbsent(v.getOrgId(), this::provinceOf), byId));
    }

    private String provinceOf(Long orgId) {
        List<OrgDirectory.OrgSummary> path = orgs.selfAndAncestors(orgId).stream()
                .sorted(Comparator.comparingInt(OrgDirectory.OrgSummary::depth)).toList();
        return (path.size() > 1 ? path.get(1) : path.get(0)).name();
    }

    private static List<Line> lines(List<Visit> all, List<FollowUp> open, LocalDate today,
            java.util.function.Function<Visit, String> key, Map<Long, Visit> byId) {
        Map<String, List<Visit>> grouped = new TreeMap<>();
        all.forEach(v -> grouped.computeIfAbsent(key.apply(v), k -> new java.util.ArrayList<>()).add(v));
        return grouped.entrySet().stream().map(e -> {
            List<FollowUp> mine = open.stream().filter(f -> key.apply(byId.get(f.getVisitId())).equals(e.getKey()))
                    .toList();
            return new Line(e.getKey(), e.getValue().size(),
                    e.getValue().stream().map(Visit::getOrgId).distinct().count(),
                    e.getValue().stream().map(Visit::getVisitedOn).max(LocalDate::compareTo).orElse(null),
                    mine.size(), mine.stream().filter(f -> f.isOverdueOn(today)).count());
        }).sorted(Comparator.comparingLong(Line::visits).reversed()).toList();
    }
}
