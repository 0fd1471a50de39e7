package org.workershome.appeals;

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
 * Appeals for the insight dashboards, per handling org: received in the month, closed in it on time (by the due
 * time) or late, the satisfaction ratings of those closed (points and how many rated), and of those received how
 * many went up to a higher org (an escalation has no time of its own; the nightly rebuild brings past months up to
 * date).
 */
@Component
class AppealInsight implements InsightSource {

    static final String RECEIVED = "appeals.insight.received";
    static final String ON_TIME = "appeals.insight.closedOnTime";
    static final String LATE = "appeals.insight.closedLate";
    static final String SATISFACTION = "appeals.insight.satisfaction";
    static final String RATED = "appeals.insight.rated";
    static final String ESCALATED = "appeals.insight.escalated";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String module() {
        return "appeals";
    }

    @Override
    public List<InsightMetric> metrics() {
        return List.of(InsightMetric.flow(RECEIVED), InsightMetric.flow(ON_TIME), InsightMetric.flow(LATE),
                InsightMetric.flow(ESCALATED), InsightMetric.flow(RATED), InsightMetric.average(SATISFACTION, RATED));
    }

    @Override
    @Transactional(readOnly = true)
    public List<InsightFigure> figures(Instant start, Instant end) {
        List<InsightFigure> figures = new ArrayList<>();
        for (Object[] r : em.createQuery("""
                select a.orgId, count(a), sum(case when a.escalationLevel > 0 then 1 else 0 end)
                from Appeal a where a.submittedAt >= :start and a.submittedAt < :end group by a.orgId""",
                Object[].class).setParameter("start", start).setParameter("end", end).getResultList()) {
            figures.add(InsightFigure.of(r[0], RECEIVED, r[1]));
            figures.add(InsightFigure.of(r[0], ESCALATED, r[2]));
        }
        for (Object[] r : em.createQuery("""
                select a.orgId, sum(case when a.dueAt is null or a.closedAt <= a.dueAt then 1 else 0 end),
                    sum(case when a.dueAt is not null and a.closedAt > a.dueAt then 1 else 0 end),
                    sum(a.rating), count(a.rating)
                from Appeal a where a.status = org.workershome.appeals.AppealStatus.CLOSED
                  and a.closedAt >= :start and a.closedAt < :end group by a.orgId""",
                Object[].class).setParameter("start", start).setParameter("end", end).getResultList()) {
            figures.add(InsightFigure.of(r[0], ON_TIME, r[1]));
            figures.add(InsightFigure.of(r[0], LATE, r[2]));
            figures.add(InsightFigure.of(r[0], SATISFACTION, r[3]));
            figures.add(InsightFigure.of(r[0], RATED, r[4]));
        }
        return figures;
    }
}
