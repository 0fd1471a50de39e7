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

    Page<Appeal> findByMemberIdOrderBySubmittedAtDesc(Long memberId, Pageable pageable);

    @Query("select a.id from Appeal a where a.dueAt < :now and a.status in :open")
    List<Long> findOverdueIds(@Param("now") Instant now, @Param("open") List<AppealStatus> open);

    @Query("select a.id from Appeal a where a.warned = false and a.warnAt <= :now and a.dueAt >= :now")
    List<Long> findDueForWarningIds(@Param("now") Instant now);

    @Query("select a.id from Appeal a where a.status = org.workershome.appeals.AppealStatus.REPLIED and a.repliedAt < :before")
    List<Long> findRepliedBeforeIds(@Param("before") Instant before);
}
