package org.workershome.relations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.module.InsightFigure;
import org.workershome.core.module.InsightMetric;
import org.workershome.core.module.InsightSource;

/**
 * Labour relations for the insight dashboards, per org: units at each risk level (a stock: the level last assessed
 * by the month's end — past months keep what the refresh of that month saw, for levels are not kept over time),
 * warnings raised, disputes accepted and disputes ended in an agreement in the month.
 */
@Component
class RelationsInsight implements InsightSource {

    static final String RISK = "relations.insight.risk.";
    static final String WARNINGS = "relations.insight.warnings";
    static final String DISPUTES = "relations.insight.disputes";
    static final String AGREED = "relations.insight.agreed";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String module() {
        return "relations";
    }

    @Override
    public List<InsightMetric> metrics() {
        List<InsightMetric> metrics = new ArrayList<>();
        for (RiskLevel level : List.of(RiskLevel.BLUE, RiskLevel.YELLOW, RiskLevel.ORANGE, RiskLevel.RED)) {
            metrics.add(InsightMetric.stock(RISK + level));
        }
        metrics.addAll(List.of(InsightMetric.flow(WARNINGS), InsightMetric.flow(DISPUTES), InsightMetric.flow(AGREED)));
        return metrics;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InsightFigure> figures(Instant start, Instant end) {
        List<InsightFigure> figures = new ArrayList<>(InsightFigure.byKind(RISK, em.createQuery("""
                select r.orgId, r.level, count(r) from OrgRisk r
                where r.level <> org.workershome.relations.RiskLevel.NONE and r.computedAt < :end
                group by r.orgId, r.level""", Object[].class).setParameter("end", end).getResultList()));
        figures.addAll(count(WARNINGS,
                "select w.orgId, count(w) from Warning w"
                + " where w.raisedAt >= :start and w.raisedAt < :end group by w.orgId", start, end));
        figures.addAll(count(DISPUTES,
                "select d.orgId, count(d) from Dispute d"
                + " where d.acceptedAt >= :start and d.acceptedAt < :end group by d.orgId", start, end));
        figures.addAll(count(AGREED,
                "select d.orgId, count(d) from Dispute d"
                + " where d.agreementCode is not null and d.closedAt >= :start and d.closedAt < :end"
                + " group by d.orgId", start, end));
        return figures;
    }

    private List<InsightFigure> count(String metric, String jpql, Instant start, Instant end) {
        return InsightFigure.of(metric, em.createQuery(jpql, Object[].class).setParameter("start", start)
                .setParameter("end", end).getResultList());
    }
}
