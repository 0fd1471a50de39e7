package org.workershome.appeals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Appeals; every query is limited to the caller's data scope by the scope filters. */
interface Appeals extends JpaRepository<Appeal, Long>, JpaSpecificationExecutor<Appeal> {

    Optional<Appeal> findByTrackingNo(String trackingNo);

    List<Appeal> findTop20ByOrgIdOrderBySubmittedAtDesc(Long orgId);

    Page<Appeal> findByMemberIdOrderBySubmittedAtDesc(Long memberId, Pageable pageable);

    @Query("select a.id from Appeal a where a.dueAt < :now and a.status in :open")
    List<Long> findOverdueIds(@Param("now") Instant now, @Param("open") List<AppealStatus> open);

    @Query("select a.id from Appeal a where a.warned = false and a.warnAt <= :now and a.dueAt >= :now")
    List<Long> findDueForWarningIds(@Param("now") Instant now);

    @Query("select a.id from Appeal a where a.status = org.workershome.appeals.AppealStatus.REPLIED and a.repliedAt < :before")
    List<Long> findRepliedBeforeIds(@Param("before") Instant before);

    /**
     * Figures per handling org of the appeals submitted in [from, to) in orgs whose path is like {@code pathPattern}:
     * orgId, total, closed, replied, replied on time (never escalated), sum and count of ratings, open, overdue.
     */
    @Query("""
            select a.orgId, count(a),
                sum(case when a.status = org.workershome.appeals.AppealStatus.CLOSED then 1 else 0 end),
                sum(case when a.repliedAt is not null then 1 else 0 end),
                sum(case when a.repliedAt is not null and a.escalationLevel = 0 then 1 else 0 end),
                sum(a.rating), count(a.rating),
                sum(case when a.status in (org.workershome.appeals.AppealStatus.SUBMITTED,
                    org.workershome.appeals.AppealStatus.ACCEPTED, org.workershome.appeals.AppealStatus.IN_PROGRESS)
                    then 1 else 0 end),
                sum(case when a.status in (org.workershome.appeals.AppealStatus.SUBMITTED,
                    org.workershome.appeals.AppealStatus.ACCEPTED, org.workershome.appeals.AppealStatus.IN_PROGRESS)
                    and a.dueAt < :now then 1 else 0 end)
            from Appeal a
            where a.submittedAt >= :from and a.submittedAt < :to
              and a.orgId in (select o.id from Org o where o.path like :pathPattern)
            group by a.orgId""")
    List<Object[]> figuresByOrg(@Param("from") Instant from, @Param("to") Instant to,
            @Param("pathPattern") String pathPattern, @Param("now") Instant now);

    /** Volume per handling org and category, same selection as {@link #figuresByOrg}. */
    @Query("""
            select a.orgId, a.category, count(a) from Appeal a
            where a.submittedAt >= :from and a.submittedAt < :to
              and a.orgId in (select o.id from Org o where o.path like :pathPattern)
            group by a.orgId, a.category""")
    List<Object[]> volumeByOrgAndCategory(@Param("from") Instant from, @Param("to") Instant to,
            @Param("pathPattern") String pathPattern);
}
