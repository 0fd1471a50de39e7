package org.workershome.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.module.InsightMetric;
import org.workershome.core.module.InsightSource;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.org.OrgDirectory.OrgSummary;

/**
 * A dashboard read from the stored figures only: the org's own rows and its children's for the months asked, so
 * its cost does not grow with the records below (two indexed reads of at most (children + 1) × metrics × months
 * rows, added up by the database). The caller has checked the reader may see the org; {@code children} are the
 * ones he may drill into.
 */
@Service
class InsightDashboards {

    /** An org's line of a section: the value of each metric over the range (null: nothing to divide by). */
    record Line(Long orgId, String name, Map<String, BigDecimal> values) {}

    record Section(String module, List<InsightMetric> metrics, Line total, List<Line> children) {}

    record Dashboard(OrgSummary org, YearMonth from, YearMonth to, Instant asOf, List<Section> sections) {}

    private final List<InsightSource> sources;
    private final InsightRows rows;
    private final InsightRuns runs;
    private final OrgDirectory orgs;
    private final Clock clock;

    InsightDashboards(List<InsightSource> sources, InsightRows rows, InsightRuns runs, OrgDirectory orgs, Clock clock) {
        this.sources = sources.stream().sorted(java.util.Comparator.comparing(InsightSource::module)).toList();
        this.rows = rows;
        this.runs = runs;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** When the figures were taken: the start of the last finished refresh, or null before the first. */
    Instant asOf() {
        return runs.findTopByFinishedAtIsNotNullOrderByStartedAtDescIdDesc().map(InsightRun::getStartedAt).orElse(null);
    }

    @Transactional(readOnly = true)
    Dashboard of(OrgSummary org, List<OrgSummary> children, YearMonth from, YearMonth to, String onlyModule) {
        YearMonth current = Periods.monthOf(clock.instant());
        YearMonth last = to.isAfter(current) ? current : to;
        List<Long> ids = new ArrayList<>();
        ids.add(org.id());
        children.forEach(c -> ids.add(c.id()));
        Map<Long, Map<String, BigDecimal>> sums = byOrg(rows.sums(ids, Periods.of(from), Periods.of(last)));
        Map<Long, Map<String, BigDecimal>> lastMonth = byOrg(rows.month(ids, Periods.of(last)));
        List<Section> sections = new ArrayList<>();
        for (InsightSource source : sources) {
            if (onlyModule != null && !onlyModule.equals(source.module())) {
                continue;
            }
            List<InsightMetric> metrics = source.metrics();
            Line total = line(org, metrics, sums, lastMonth);
            List<Line> lines = children.stream().map(c -> line(c, metrics, sums, lastMonth)).toList();
            sections.add(new Section(source.module(), metrics, total, lines));
        }
        return new Dashboard(org, from, to, asOf(), sections);
    }

    private static Map<Long, Map<String, BigDecimal>> byOrg(List<Object[]> found) {
        Map<Long, Map<String, BigDecimal>> result = new HashMap<>();
        for (Object[] r : found) {
            result.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((String) r[1], (BigDecimal) r[2]);
        }
        return result;
    }

    /** A flow added up over the range, a stock as it stood in the range's last month, an average divided. */
    private static Line line(OrgSummary org, List<InsightMetric> metrics, Map<Long, Map<String, BigDecimal>> sums,
            Map<Long, Map<String, BigDecimal>> lastMonth) {
        Map<String, BigDecimal> flows = sums.getOrDefault(org.id(), Map.of());
        Map<String, BigDecimal> stocks = lastMonth.getOrDefault(org.id(), Map.of());
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (InsightMetric metric : metrics) {
            BigDecimal value = (metric.kind() == InsightMetric.Kind.STOCK ? stocks : flows)
                    .getOrDefault(metric.key(), BigDecimal.ZERO);
            if (metric.per() != null) {
                BigDecimal per = flows.getOrDefault(metric.per(), BigDecimal.ZERO);
                value = per.signum() == 0 ? null : value.divide(per, 2, RoundingMode.HALF_UP);
            }
            values.put(metric.key(), value);
        }
        return new Line(org.id(), org.name(), values);
    }
}
