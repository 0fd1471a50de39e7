package org.workershome.library;

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
 * The workers' library for the insight dashboards, per org: books added in the month, and books on its shelves by
 * the month's end.
 */
@Component
class LibraryInsight implements InsightSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String module() {
        return "library";
    }

    @Override
    public List<InsightMetric> metrics() {
        return List.of(InsightMetric.flow("library.insight.added"),
                InsightMetric.stock("library.insight.books"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<InsightFigure> figures(Instant start, Instant end) {
        List<InsightFigure> figures = new ArrayList<>();
        figures.addAll(InsightFigure.query(em, "library.insight.added", """
                select b.orgId, count(b) from Book b
                where b.createdAt >= :start and b.createdAt < :end group by b.orgId""", start, end));
        figures.addAll(InsightFigure.query(em, "library.insight.books", """
                select b.orgId, count(b) from Book b where b.createdAt < :end group by b.orgId""", start, end));
        return figures;
    }
}
