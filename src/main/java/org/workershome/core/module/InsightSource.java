package org.workershome.core.module;

import java.time.Instant;
import java.util.List;

/**
 * A module's figures for the insight dashboards (数据看板), told per org and per month so that the dashboards never
 * read the module's tables: the insight module asks every source for one month at a time (as the system, from its
 * refresh job), rolls the figures up the org tree and keeps them in its own tables. A source reports only its own
 * records, grouped by org in its own JPQL, and only orgs with something to report.
 */
public interface InsightSource {

    /** The module's name ({@code appeals}); the dashboard's section heading is the message {@code <name>.insight}. */
    String module();

    /** The figures it reports, in the order the dashboard shows them. */
    List<InsightMetric> metrics();

    /**
     * Per org, what happened in {@code [start, end)} (one month in Asia/Shanghai) for {@link InsightMetric.Kind#FLOW}
     * metrics, and how things stood at {@code end} (or now, when that is earlier) for {@link InsightMetric.Kind#STOCK}
     * metrics. Each org's own records, not its subtree's: the caller adds them up.
     */
    List<InsightFigure> figures(Instant start, Instant end);
}
