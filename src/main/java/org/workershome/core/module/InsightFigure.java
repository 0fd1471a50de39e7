package org.workershome.core.module;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.List;

/** One org's value of one metric ({@link InsightMetric#key()}) in the month a source was asked for. */
public record InsightFigure(long orgId, String metric, BigDecimal value) {

    public static InsightFigure of(Object orgId, String metric, Object value) {
        BigDecimal v = value == null ? BigDecimal.ZERO
                : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        return new InsightFigure(((Number) orgId).longValue(), metric, v);
    }

    /** Rows of a {@code select orgId, value … group by orgId} as figures of one metric. */
    public static List<InsightFigure> of(String metric, List<Object[]> rows) {
        return rows.stream().map(r -> of(r[0], metric, r[1])).toList();
    }

    /**
     * A source's {@code select orgId, value … group by orgId} in JPQL, with {@code :end} and, when it uses it,
     * {@code :start}, as figures of one metric.
     */
    public static List<InsightFigure> query(EntityManager em, String metric, String jpql, Instant start, Instant end) {
        var query = em.createQuery(jpql, Object[].class).setParameter("end", end);
        if (jpql.contains(":start")) {
            query.setParameter("start", start);
        }
        return of(metric, query.getResultList());
    }

    /** Rows of a {@code select orgId, kind, value … group by orgId, kind} as figures of {@code prefix + kind}. */
    public static List<InsightFigure> byKind(String prefix, List<Object[]> rows) {
        return rows.stream().map(r -> of(r[0], prefix + r[1], r[2])).toList();
    }
}
