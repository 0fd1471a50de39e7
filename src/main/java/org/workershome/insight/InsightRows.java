package org.workershome.insight;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InsightRows extends JpaRepository<InsightRow, InsightRow.Key> {

    @Query("select r from InsightRow r where r.orgId in :orgIds and r.period between :from and :to")
    List<InsightRow> findFor(@Param("orgIds") Collection<Long> orgIds, @Param("from") int from, @Param("to") int to);

    @Modifying
    @Query("delete from InsightRow r where r.period = :period")
    int deletePeriod(@Param("period") int period);
}
