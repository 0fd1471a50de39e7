package org.workershome.surveys;

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
import org.workershome.core.time.Times;

/**
 * Surveys for the insight dashboards, per org: surveys published (opening) in the month and responses released in
 * it, counted per org like the results' totals (no answer, no person).
 */
@Component
class SurveyInsight implements InsightSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String module() {
        return "surveys";
    }

    @Override
    public List<InsightMetric> metrics() {
        return List.of(InsightMetric.flow("surveys.insight.published"),
                InsightMetric.flow("surveys.insight.responses"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<InsightFigure> figures(Instant start, Instant end) {
        List<InsightFigure> figures = new ArrayList<>();
        figures.addAll(InsightFigure.query(em, "surveys.insight.published", """
                select s.orgId, count(s) from Survey s
                where s.status = org.workershome.surveys.Survey.Status.PUBLISHED
                  and s.startsAt >= :start and s.startsAt < :end group by s.orgId""", start, end));
        LocalDate first = start.atZone(Times.ZONE).toLocalDate();
        LocalDate next = end.atZone(Times.ZONE).toLocalDate();
        figures.addAll(InsightFigure.of("surveys.insight.responses", em.createQuery("""
                select r.orgId, count(r) from Response r
                where r.submittedOn >= :first and r.submittedOn < :next group by r.orgId""", Object[].class)
                .setParameter("first", first).setParameter("next", next).getResultList()));
        return figures;
    }
}
