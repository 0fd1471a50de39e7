package org.workershome.hardship;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Hardship files; every query is limited to the caller's data scope by the scope filters. */
interface HardshipFiles extends JpaRepository<HardshipFile, Long> {

    Optional<HardshipFile> findByFileNo(String fileNo);

    List<HardshipFile> findByMemberIdOrderByAppliedAtDesc(Long memberId);

    boolean existsByActiveHouseholdHash(String hash);

    boolean existsByActiveMemberId(Long memberId);

    @Query("select f from HardshipFile f where (:status is null or f.status = :status) order by f.appliedAt desc")
    Page<HardshipFile> list(@Param("status") HardshipStatus status, Pageable pageable);

    @Query("select f from HardshipFile f where f.status in :statuses order by f.appliedAt desc")
    List<HardshipFile> findByStatusIn(@Param("statuses") Collection<HardshipStatus> statuses);

    /** Files in hardship that never received aid (帮扶空白户). */
    @Query("""
            select f from HardshipFile f where f.status in :statuses
              and not exists (select a.id from Aid a where a.fileId = f.id and a.reversedAt is null)
            order by f.approvedAt""")
    List<HardshipFile> neverAssisted(@Param("statuses") Collection<HardshipStatus> statuses);

    /** Files in hardship whose last review (or approval) is before {@code before}. */
    @Query("""
            select f from HardshipFile f where f.status in :statuses
              and coalesce(f.lastReviewedAt, f.approvedAt) < :before
            order by coalesce(f.lastReviewedAt, f.approvedAt)""")
    List<HardshipFile> notReviewedSince(@Param("statuses") Collection<HardshipStatus> statuses,
            @Param("before") Instant before);

    /** The public notice of one org: files under notice there (read as the system, see HardshipNotices). */
    @Query("select f from HardshipFile f where f.orgId = :orgId and f.status = org.workershome.hardship.HardshipStatus.PUBLIC_NOTICE order by f.noticeStartedAt")
    List<HardshipFile> underNoticeIn(@Param("orgId") Long orgId);

    /** Approved files whose last review (or approval) is at or before {@code before}: for the review job. */
    @Query("""
            select f.id from HardshipFile f where f.status = org.workershome.hardship.HardshipStatus.APPROVED
              and coalesce(f.lastReviewedAt, f.approvedAt) <= :before
            order by f.id""")
    List<Long> approvedNotReviewedSince(@Param("before") Instant before);

    /** Closed files (pools): in the given states, closed in [from, to), newest first. */
    @Query("""
            select f from HardshipFile f where f.status in :statuses and f.closedAt >= :from and f.closedAt < :to
            order by f.closedAt desc""")
    List<HardshipFile> closedBetween(@Param("statuses") Collection<HardshipStatus> statuses,
            @Param("from") Instant from, @Param("to") Instant to);

    List<HardshipFile> findByPreviousFileIdIn(Collection<Long> previousIds);
}
