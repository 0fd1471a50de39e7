package org.workershome.congress.openaffairs;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Read confirmations; a worker reads only his own. */
public interface NoticeReads extends JpaRepository<NoticeRead, NoticeRead.Key> {

    boolean existsByNoticeIdAndMemberId(Long noticeId, Long memberId);

    long countByNoticeId(Long noticeId);

    @Query("select r.noticeId from NoticeRead r where r.memberId = :memberId")
    List<Long> noticeIdsReadBy(@Param("memberId") Long memberId);

    /** Who confirmed the notice, among the read confirmations the caller can see. */
    @Query("select r.memberId from NoticeRead r where r.noticeId = :noticeId")
    List<Long> memberIdsOf(@Param("noticeId") Long noticeId);

}
