package org.workershome.insight;

import java.time.Instant;
import java.time.YearMonth;

import org.workershome.core.time.Times;

/** Months as the figures store them: yyyyMM, in Asia/Shanghai. */
final class Periods {

    private Periods() {}

    static int of(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    static YearMonth month(int period) {
        return YearMonth.of(period / 100, period % 100);
    }

    static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(Times.ZONE).toInstant();
    }

    static Instant end(YearMonth month) {
        return start(month.plusMonths(1));
    }

    static YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atZone(Times.ZONE));
    }
}
