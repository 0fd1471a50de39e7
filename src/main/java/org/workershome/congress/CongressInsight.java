package org.workershome.congress;

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
 * The workers' congress for the insight dashboards, per org: sessions opened in the month, representatives signed
 * in to them (the turnout), motions submitted and motions replied to in the month.
 */
@Component
class CongressInsight implements InsightSource {

    static final String SESSIONS = "congress.insight.sessions";
    static final String SIGNED_IN = "congress.insight.signedIn";
    static final String MOTIONS = "congress.insight.motions";
    static final String REPLIED = "congress.insight.replied";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String module() {
        return "congress";
    }

    @Override
    public List<InsightMetric> metrics() {
        return List.of(InsightMetric.flow(SESSIONS), InsightMetric.flow(SIGNED_IN), InsightMetric.flow(MOTIONS),
                InsightMetric.flow(REPLIED));
    }

    @Override
    @Transactional(readOnly = true)
    public List<InsightFigure> figures(Instant start, Instant end) {
        List<InsightFigure> figures = new ArrayList<>(count(SESSIONS,
                "select s.orgId, count(s) from CongressSession s"
                + " where s.openedAt >= :start and s.openedAt < :end group by s.orgId",
                start, end));
        figures.addAll(count(SIGNED_IN,
                "select a.orgId, count(a) from Attendance a"
                + " where a.signedInAt >= :start and a.signedInAt < :end group by a.orgId",
                start, end));
        figures.addAll(count(MOTIONS,
                "select m.orgId, count(m) from Motion m"
                + " where m.submittedAt >= :start and m.submittedAt < :end group by m.orgId",
                start, end));
        figures.addAll(count(REPLIED,
                "select m.orgId, count(m) from Motion m"
                + " where m.repliedAt >= :start and m.repliedAt < :end group by m.orgId",
                start, end));
        return figures;
    }

    private List<InsightFigure> count(String metric, String jpql, Instant start, Instant end) {
        return InsightFigure.of(metric, em.createQuery(jpql, Object[].class).setParameter("start", start)
                .setParameter("end", end).getResultList());
    }
}
