package org.workershome.core.module;

import java.math.BigDecimal;

/** One org's value of one metric ({@link InsightMetric#key()}) in the month a source was asked for. */
public record InsightFigure(long orgId, String metric, BigDecimal value) {

    public static InsightFigure of(Object orgId, String metric, Object value) {
        BigDecimal v = value == null ? BigDecimal.ZERO
                : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        return new InsightFigure(((Number) orgId).longValue(), metric, v);
    }
}
