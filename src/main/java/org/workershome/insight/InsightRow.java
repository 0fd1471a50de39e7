package org.workershome.insight;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One pre-aggregated figure: an org's subtree value of one metric in one month ({@code period} = yyyyMM). Not a
 * scoped entity: the rows are written by the thousands at each refresh (a scoped entity's every insert would go
 * to the audit log), and each read names the org it is for, which {@code Access} checks first.
 */
@Entity
@Table(name = "insight_figure")
@IdClass(InsightRow.Key.class)
class InsightRow {

    @Id
    @Column(name = "org_id")
    private Long orgId;
    @Id
    private int period;
    @Id
    private String metric;
    @Column(name = "figure")
    private BigDecimal value;

    protected InsightRow() {}

    InsightRow(Long orgId, int period, String metric, BigDecimal value) {
        this.orgId = orgId;
        this.period = period;
        this.metric = metric;
        this.value = value;
    }

    Long getOrgId() { return orgId; }
    int getPeriod() { return period; }
    String getMetric() { return metric; }
    BigDecimal getValue() { return value; }

    static class Key implements Serializable {
        private Long orgId;
        private int period;
        private String metric;

        Key() {}

        Key(Long orgId, int period, String metric) {
            this.orgId = orgId;
            this.period = period;
            this.metric = metric;
        }

        Long orgId() { return orgId; }

        String metric() { return metric; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(orgId, k.orgId) && period == k.period
                    && Objects.equals(metric, k.metric);
        }

        @Override
        public int hashCode() {
            return Objects.hash(orgId, period, metric);
        }
    }
}
