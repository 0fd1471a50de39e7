package org.workershome.competitions;

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
 * Skills competitions for the insight dashboards, per organising org: competitions published in the month, entries
 * registered in it and entries approved in it.
 */
@Component
class CompetitionInsight implements InsightSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String module() {
        return "competitions";
    }

    @Override
    public List<InsightMetric> metrics() {
        return List.of(InsightMetric.flow("competitions.insight.published"),
                InsightMetric.flow("competitions.insight.entries"),
                InsightMetric.flow("competitions.insight.approved"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<InsightFigure> figures(Instant start, Instant end) {
        List<InsightFigure> figures = new ArrayList<>();
        figures.addAll(InsightFigure.query(em, "competitions.insight.published", """
                select c.orgId, count(c) from Competition c
                where c.publishedAt >= :start and c.publishedAt < :end group by c.orgId""", start, end));
        figures.addAll(InsightFigure.query(em, "competitions.insight.entries", """
                select e.orgId, count(e) from Entry e
                where e.registeredAt >= :start and e.registeredAt < :end group by e.orgId""", start, end));
        figures.addAll(InsightFigure.query(em, "competitions.insight.approved", """
                select e.orgId, count(e) from Entry e
                where e.status = org.workershome.competitions.EntryStatus.APPROVED
                  and e.decidedAt >= :start and e.decidedAt < :end group by e.orgId""", start, end));
        return figures;
    }
}
