package org.workershome.relations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.time.Times;

/**
 * Figures of disputes and warnings in the reader's scope over a date range: disputes by cause and how they ended,
 * the mediation success rate (agreements over mediations that ended in an agreement or failed — withdrawals are
 * neither), amounts agreed and recovered (agreements a follow-up found performed), warnings raised by level per
 * month.
 */
@Service
class RelationsStatistics {

    private final Disputes disputes;
    private final Warnings warnings;
    private final Clock clock;

    RelationsStatistics(Disputes disputes, Warnings warnings, Clock clock) {
        this.disputes = disputes;
        this.warnings = warnings;
        this.clock = clock;
    }

    /** A date range, both ends included. */
    record Range(LocalDate from, LocalDate to) {

        Instant start() {
            return from.atStartOfDay(Times.ZONE).toInstant();
        }

        Instant end() {
            return to.plusDays(1).atStartOfDay(Times.ZONE).toInstant();
        }
    }

    /**
     * One cause's disputes (or all of them: cause null); {@code successRate} agreements over mediations that ended in
     * an agreement or failed, null when none ended so.
     */
    record CauseFigures(Dispute.Cause cause, long total, long open, long agreed, long failed, long withdrawn,
            Double successRate, BigDecimal claimed, BigDecimal agreedAmount, BigDecimal recovered) {}

    record MonthFigures(YearMonth month, Map<RiskLevel, Long> byLevel, long total) {}

    record Statistics(Range range, List<CauseFigures> causes, CauseFigures total, List<MonthFigures> warnings) {}

    /** The range asked for (at most five years, ends swapped if reversed), or the last twelve months to today. */
    Range range(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? YearMonth.from(end).minusMonths(11).atDay(1) : from;
        if (start.isAfter(end)) {
            LocalDate swap = start;
            start = end;
            end = swap;
        }
        LocalDate earliest = YearMonth.from(end).minusMonths(59).atDay(1);
        return new Range(start.isBefore(earliest) ? earliest : start, end);
    }

    @Transactional(readOnly = true)
    public Statistics of(Range range) {
        List<Dispute> found = disputes.findByAcceptedAtGreaterThanEqualAndAcceptedAtLessThanOrderByAcceptedAtDescIdDesc(
                range.start(), range.end());
        List<CauseFigures> causes = new ArrayList<>();
        for (Dispute.Cause cause : Dispute.Cause.values()) {
            List<Dispute> of = found.stream().filter(d -> d.getCause() == cause).toList();
            if (!of.isEmpty()) {
                causes.add(figures(cause, of));
            }
        }
        return new Statistics(range, causes, figures(null, found), warningsByMonth(range));
    }

    private static CauseFigures figures(Dispute.Cause cause, List<Dispute> of) {
        long agreed = of.stream().filter(Dispute::isAgreed).count();
        long failed = of.stream().filter(d -> d.getStatus() == Dispute.Status.REFERRED && !d.isAgreed()).count();
        long withdrawn = of.stream().filter(d -> d.getStatus() == Dispute.Status.WITHDRAWN).count();
        long open = of.stream().filter(Dispute::isOpen).count();
        return new CauseFigures(cause, of.size(), open, agreed, failed, withdrawn,
                agreed + failed == 0 ? null : (double) agreed / (agreed + failed), sum(of.stream().map(Dispute::getAmount).toList()),
                sum(of.stream().filter(Dispute::isAgreed).map(Dispute::getAgreedAmount).toList()),
                sum(of.stream().filter(d -> d.getPerformance() == Dispute.Performance.PERFORMED)
                        .map(Dispute::getAgreedAmount).toList()));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private List<MonthFigures> warningsByMonth(Range range) {
        Map<YearMonth, Map<RiskLevel, Long>> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(range.from()); !m.isAfter(YearMonth.from(range.to())); m = m.plusMonths(1)) {
            Map<RiskLevel, Long> levels = new EnumMap<>(RiskLevel.class);
            for (RiskLevel level : RiskLevel.values()) {
                if (level != RiskLevel.NONE) {
                    levels.put(level, 0L);
                }
            }
            months.put(m, levels);
        }
        warnings.findByRaisedAtGreaterThanEqualAndRaisedAtLessThanOrderByRaisedAtDescIdDesc(range.start(), range.end())
                .forEach(w -> {
                    Map<RiskLevel, Long> levels = months.get(YearMonth.from(w.getRaisedAt().atZone(Times.ZONE)));
                    if (levels != null) {
                        levels.merge(w.getLevel(), 1L, Long::sum);
                    }
                });
        return months.entrySet().stream().map(e -> new MonthFigures(e.getKey(), e.getValue(),
                e.getValue().values().stream().mapToLong(Long::longValue).sum())).toList();
    }
}
