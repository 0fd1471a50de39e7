package org.workershome.hardship;

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
 * Hardship assistance for the insight dashboards, per org: files applied for in the month, files approved in it by
 * grade, aid recorded in it (how many, and the yuan, reversed aid left out) and the funds' budgets booked in it.
 */
@Component
class HardshipInsight implements InsightSource {

    static final String APPLIED = "hardship.insight.applied";
    static final String APPROVED = "hardship.insight.approved.";
    static final String AIDS = "hardship.insight.aids";
    static final String AID_PAID = "hardship.insight.aidPaid";
    static final String BUDGET = "hardship.insight.budget";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String module() {
        return "hardship";
    }

    @Override
    public List<InsightMetric> metrics() {
        List<InsightMetric> metrics = new ArrayList<>(List.of(InsightMetric.flow(APPLIED)));
        for (HardshipGrade grade : HardshipGrade.values()) {
            metrics.add(InsightMetric.flow(APPROVED + grade));
        }
        metrics.addAll(List.of(InsightMetric.flow(AIDS), InsightMetric.money(AID_PAID), InsightMetric.money(BUDGET)));
        return metrics;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InsightFigure> figures(Instant start, Instant end) {
        List<InsightFigure> figures = new ArrayList<>(InsightFigure.of(APPLIED, em.createQuery("""
                select f.orgId, count(f) from HardshipFile f where f.appliedAt >= :start and f.appliedAt < :end
                group by f.orgId""", Object[].class).setParameter("start", start).setParameter("end", end)
                .getResultList()));
        figures.addAll(InsightFigure.byKind(APPROVED, em.createQuery("""
                select f.orgId, f.grade, count(f) from HardshipFile f
                where f.grade is not null and f.approvedAt >= :start and f.approvedAt < :end
                group by f.orgId, f.grade""", Object[].class).setParameter("start", start).setParameter("end", end)
                .getResultList()));
        for (Object[] r : em.createQuery("""
                select a.orgId, count(a), sum(a.amount) from Aid a
                where a.reversedAt is null and a.recordedAt >= :start and a.recordedAt < :end group by a.orgId""",
                Object[].class).setParameter("start", start).setParameter("end", end).getResultList()) {
            figures.add(InsightFigure.of(r[0], AIDS, r[1]));
            figures.add(InsightFigure.of(r[0], AID_PAID, r[2]));
        }
        figures.addAll(InsightFigure.of(BUDGET, em.createQuery("""
                select e.orgId, sum(e.amount) from FundEntry e
                where e.kind = org.workershome.hardship.FundEntry.Kind.BUDGET
                  and e.bookedAt >= :start and e.bookedAt < :end group by e.orgId""", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList()));
        return figures;
    }
}
