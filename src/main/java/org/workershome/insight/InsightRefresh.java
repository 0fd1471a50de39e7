package org.workershome.insight;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.module.InsightFigure;
import org.workershome.core.module.InsightSource;
import org.workershome.core.org.OrgDirectory;

/**
 * Computes the stored figures from the modules' sources, one month per transaction: every source's figures of the
 * month per org, each added to the org and to every org above it, so that a subtree's figure is one row. An
 * incremental refresh computes again the months from the one the last run started in up to this one (the sources
 * count each act in the month it happened, so later acts land there); a full rebuild all the configured months.
 * Called by {@link InsightRefreshJob}, as the system.
 */
@Service
class InsightRefresh {

    private static final Logger log = LoggerFactory.getLogger(InsightRefresh.class);
    private static final int FLUSH_EVERY = 500;

    private final List<InsightSource> sources;
    private final InsightRows rows;
    private final InsightRuns runs;
    private final OrgDirectory orgs;
    private final InsightProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    InsightRefresh(List<InsightSource> sources, InsightRows rows, InsightRuns runs, OrgDirectory orgs,
            InsightProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.sources = List.copyOf(sources);
        this.rows = rows;
        this.runs = runs;
        this.orgs = orgs;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A full rebuild when asked, or when none was ever done; otherwise the months since the last run. */
    InsightRun refresh(boolean full) {
        Instant started = clock.instant();
        YearMonth current = Periods.monthOf(started);
        Optional<InsightRun> last = runs.findTopByFinishedAtIsNotNullOrderByStartedAtDescIdDesc();
        boolean rebuild = full || last.isEmpty() || !runs.existsByKindAndFinishedAtIsNotNull(InsightRun.Kind.FULL);
        YearMonth first = rebuild ? current.minusMonths(Math.max(1, properties.months()) - 1L)
                : min(Periods.monthOf(last.get().getStartedAt()), current);
        InsightRun run = tx.execute(s -> runs.save(new InsightRun(rebuild ? InsightRun.Kind.FULL
                : InsightRun.Kind.INCREMENTAL, started, Periods.of(first), Periods.of(current))));
        long written = 0;
        Map<Long, List<Long>> ancestry = new HashMap<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            YearMonth m = month;
            written += tx.execute(s -> month(m, ancestry));
        }
        long figures = written;
        InsightRun done = tx.execute(s -> {
            InsightRun r = runs.findById(run.getId()).orElseThrow();
            r.finished(clock.instant(), figures);
            return r;
        });
        log.info("Insight: {} refresh of {} to {}, {} figures", done.getKind(), first, current, figures);
        return done;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    /** One month's figures of every source, rolled up, in place of the month's stored ones. */
    private long month(YearMonth month, Map<Long, List<Long>> ancestry) {
        Instant start = Periods.start(month);
        Instant end = Periods.end(month);
        Map<InsightRow.Key, BigDecimal> sums = new HashMap<>();
        for (InsightSource source : sources) {
            for (InsightFigure figure : source.figures(start, end)) {
                if (figure.value().signum() == 0) {
                    continue;
                }
                for (Long org : ancestry.computeIfAbsent(figure.orgId(), this::selfAndAbove)) {
                    InsightRow.Key key = new InsightRow.Key(org, Periods.of(month), figure.metric());
                    sums.merge(key, figure.value(), BigDecimal::add);
                }
            }
        }
        int period = Periods.of(month);
        rows.deletePeriod(period);
        List<InsightRow.Key> keys = new ArrayList<>(sums.keySet());
        int n = 0;
        for (InsightRow.Key key : keys) {
            em.persist(new InsightRow(key.orgId(), period, key.metric(), sums.get(key)));
            if (++n % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
        return n;
    }

    /** The org's id and those above it, from its materialised path ({@code /1/7/12/}); none for an unknown org. */
    private List<Long> selfAndAbove(Long orgId) {
        return orgs.find(orgId).map(o -> {
            List<Long> ids = new ArrayList<>();
            for (String part : o.path().split("/")) {
                if (!part.isEmpty()) {
                    ids.add(Long.valueOf(part));
                }
            }
            return ids;
        }).orElse(List.of());
    }
}
