package org.workershome.congress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Read confirmations; a worker reads only his own. */
interface NoticeReads extends JpaRepository<NoticeRead, NoticeRead.Key> {

    boolean existsByNoticeIdAndMemberId(Long noticeId, Long memberId);

    long countByNoticeId(Long noticeId);

    @Query("select r.noticeId from NoticeRead r where r.memberId = :memberId")
    List<Long> noticeIdsReadBy(@Param("memberId") Long memberId);

}
