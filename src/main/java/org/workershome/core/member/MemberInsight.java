package org.workershome.core.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.module.InsightFigure;
import org.workershome.core.module.InsightMetric;
import org.workershome.core.module.InsightSource;
import org.workershome.core.org.Industry;
import org.workershome.core.time.Times;

/**
 * Members for the insight dashboards: active members registered by the month's end (a stock; members who left are
 * not counted in any month, for when they left is not kept), of them per industry of their org, and members who
 * joined the union in the month (their join date).
 */
@Component
class MemberInsight implements InsightSource {

    static final String COUNT = "member.insight.count";
    static final String JOINED = "member.insight.joined";
    static final String INDUSTRY = "member.insight.industry.";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String module() {
        return "member";
    }

    @Override
    public List<InsightMetric> metrics() {
        List<InsightMetric> metrics = new ArrayList<>(List.of(InsightMetric.stock(COUNT), InsightMetric.flow(JOINED)));
        for (Industry industry : Industry.values()) {
            metrics.add(InsightMetric.stock(INDUSTRY + industry));
        }
        return metrics;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InsightFigure> figures(Instant start, Instant end) {
        List<InsightFigure> figures = new ArrayList<>(InsightFigure.of(COUNT, em.createQuery("""
                select m.orgId, count(m) from Member m
                where m.status = org.workershome.core.member.MemberStatus.ACTIVE and m.createdAt < :end
                group by m.orgId""", Object[].class).setParameter("end", end).getResultList()));
        figures.addAll(InsightFigure.byKind(INDUSTRY, em.createQuery("""
                select m.orgId, o.industry, count(m) from Member m, org.workershome.core.org.Org o
                where o.id = m.orgId and o.industry is not null
                  and m.status = org.workershome.core.member.MemberStatus.ACTIVE and m.createdAt < :end
                group by m.orgId, o.industry""", Object[].class).setParameter("end", end).getResultList()));
        LocalDate first = start.atZone(Times.ZONE).toLocalDate();
        LocalDate next = end.atZone(Times.ZONE).toLocalDate();
        figures.addAll(InsightFigure.of(JOINED, em.createQuery("""
                select m.orgId, count(m) from Member m where m.joinDate >= :first and m.joinDate < :next
                group by m.orgId""", Object[].class).setParameter("first", first).setParameter("next", next)
                .getResultList()));
        return figures;
    }
}
