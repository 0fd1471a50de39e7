package org.workershome.suggestions;

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
 * Rationalisation suggestions for the insight dashboards, per org: submitted in the month, decided as adopted in it
 * (whatever became of them since), implemented in it and the yuan those implemented saved.
 */
@Component
class SuggestionInsight implements InsightSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String module() {
        return "suggestions";
    }

    @Override
    public List<InsightMetric> metrics() {
        return List.of(InsightMetric.flow("suggestions.insight.submitted"),
                InsightMetric.flow("suggestions.insight.adopted"),
                InsightMetric.flow("suggestions.insight.implemented"),
                InsightMetric.money("suggestions.insight.moneySaved"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<InsightFigure> figures(Instant start, Instant end) {
        List<InsightFigure> figures = new ArrayList<>();
        figures.addAll(InsightFigure.query(em, "suggestions.insight.submitted", """
                select s.orgId, count(s) from Suggestion s
                where s.submittedAt >= :start and s.submittedAt < :end group by s.orgId""", start, end));
        figures.addAll(InsightFigure.query(em, "suggestions.insight.adopted", """
                select s.orgId, count(s) from Suggestion s
                where s.status in (org.workershome.suggestions.suggestion.SuggestionStatus.ADOPTED,
                    org.workershome.suggestions.suggestion.SuggestionStatus.IMPLEMENTING,
                    org.workershome.suggestions.suggestion.SuggestionStatus.IMPLEMENTED)
                  and s.decidedAt >= :start and s.decidedAt < :end group by s.orgId""", start, end));
        for (Object[] r : em.createQuery("""
                select s.orgId, count(s), sum(s.moneySaved) from Suggestion s
                where s.implementedAt >= :start and s.implementedAt < :end group by s.orgId""", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            figures.add(InsightFigure.of(r[0], "suggestions.insight.implemented", r[1]));
            figures.add(InsightFigure.of(r[0], "suggestions.insight.moneySaved", r[2]));
        }
        return figures;
    }
}
