package org.workershome.insight;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InsightRows extends JpaRepository<InsightRow, InsightRow.Key> {

    /** orgId, metric, the sum over the months: what a flow shows (a few rows per org, read without entities). */
    @Query("select r.orgId, r.metric, sum(r.value) from InsightRow r"
            + " where r.orgId in :orgIds and r.period between :from and :to group by r.orgId, r.metric")
    List<Object[]> sums(@Param("orgIds") Collection<Long> orgIds, @Param("from") int from, @Param("to") int to);

    /** orgId, metric, value in one month: what a stock shows. */
    @Query("select r.orgId, r.metric, r.value from InsightRow r where r.orgId in :orgIds and r.period = :period")
    List<Object[]> month(@Param("orgIds") Collection<Long> orgIds, @Param("period") int period);

    @Modifying
    @Query("delete from InsightRow r where r.period = :period")
    int deletePeriod(@Param("period") int period);
}
