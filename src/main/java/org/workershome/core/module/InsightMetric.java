package org.workershome.core.module;

/**
 * One figure a module reports to the insight dashboards. {@code key} is a message key of the module's bundle
 * ({@code appeals.insight.received}), also the figure's stored name. A range of months adds up a {@code FLOW}
 * (appeals received), and takes a {@code STOCK} (members) from its last month. {@code per}, when set, is another
 * metric's key: the dashboard shows this one divided by that one (satisfaction points per rated appeal), both
 * added up over the range first. {@code money}: shown with two decimals (yuan).
 */
public record InsightMetric(String key, Kind kind, String per, boolean money) {

    public enum Kind { FLOW, STOCK }

    public static InsightMetric flow(String key) {
        return new InsightMetric(key, Kind.FLOW, null, false);
    }

    public static InsightMetric stock(String key) {
        return new InsightMetric(key, Kind.STOCK, null, false);
    }

    public static InsightMetric money(String key) {
        return new InsightMetric(key, Kind.FLOW, null, true);
    }

    /** An average: this metric (a sum) over {@code per} (a count), e.g. rating points over rated appeals. */
    public static InsightMetric average(String key, String per) {
        return new InsightMetric(key, Kind.FLOW, per, false);
    }
}
