package org.workershome.training;

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
 * Training for the insight dashboards, per org: enrolments in courses in the month, courses completed in it,
 * offline sessions held in it and sign-ins to them.
 */
@Component
class TrainingInsight implements InsightSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String module() {
        return "training";
    }

    @Override
    public List<InsightMetric> metrics() {
        return List.of(InsightMetric.flow("training.insight.enrolled"),
                InsightMetric.flow("training.insight.completed"),
                InsightMetric.flow("training.insight.sessions"),
                InsightMetric.flow("training.insight.signedIn"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<InsightFigure> figures(Instant start, Instant end) {
        List<InsightFigure> figures = new ArrayList<>();
        figures.addAll(InsightFigure.query(em, "training.insight.enrolled", """
                select e.orgId, count(e) from Enrolment e
                where e.enrolledAt >= :start and e.enrolledAt < :end group by e.orgId""", start, end));
        figures.addAll(InsightFigure.query(em, "training.insight.completed", """
                select e.orgId, count(e) from Enrolment e
                where e.completedAt >= :start and e.completedAt < :end group by e.orgId""", start, end));
        figures.addAll(InsightFigure.query(em, "training.insight.sessions", """
                select s.orgId, count(s) from TrainingSession s
                where s.startsAt >= :start and s.startsAt < :end group by s.orgId""", start, end));
        figures.addAll(InsightFigure.query(em, "training.insight.signedIn", """
                select r.orgId, count(r) from Registration r
                where r.signedInAt >= :start and r.signedInAt < :end group by r.orgId""", start, end));
        return figures;
    }
}
