package org.workershome.homes;

import java.time.Instant;
import java.time.LocalDateTime;
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
 * Workers' homes for the insight dashboards, per org: homes registered and homes with a star rating by the month's
 * end (the rating as it stands now), and active room bookings and activities held in the month.
 */
@Component
class HomesInsight implements InsightSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String module() {
        return "homes";
    }

    @Override
    public List<InsightMetric> metrics() {
        return List.of(InsightMetric.stock("homes.insight.homes"), InsightMetric.stock("homes.insight.rated"),
                InsightMetric.flow("homes.insight.bookings"), InsightMetric.flow("homes.insight.activities"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<InsightFigure> figures(Instant start, Instant end) {
        List<InsightFigure> figures = new ArrayList<>();
        figures.addAll(InsightFigure.query(em, "homes.insight.homes", """
                select h.orgId, count(h) from WorkersHome h where h.createdAt < :end group by h.orgId""", start, end));
        figures.addAll(InsightFigure.query(em, "homes.insight.rated", """
                select h.orgId, count(h) from WorkersHome h where h.createdAt < :end and h.stars is not null
                group by h.orgId""", start, end));
        // bookings and activities are kept in local time (the home's wall clock)
        LocalDateTime from = LocalDateTime.ofInstant(start, Times.ZONE);
        LocalDateTime to = LocalDateTime.ofInstant(end, Times.ZONE);
        figures.addAll(InsightFigure.of("homes.insight.bookings", em.createQuery("""
                select b.orgId, count(b) from Booking b where b.status = :active
                and b.startsAt >= :from and b.startsAt < :to group by b.orgId""", Object[].class)
                .setParameter("active", Booking.Status.ACTIVE).setParameter("from", from).setParameter("to", to)
                .getResultList()));
        figures.addAll(InsightFigure.of("homes.insight.activities", em.createQuery("""
                select a.orgId, count(a) from Activity a where a.startsAt >= :from and a.startsAt < :to
                group by a.orgId""", Object[].class).setParameter("from", from).setParameter("to", to).getResultList()));
        return figures;
    }
}
