package org.workershome.core.notification;

import java.util.List;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Notifications, always of one account: there is no finder without the account id. */
interface Inbox extends Repository<Notification, Long> {

    Optional<Notification> findByIdAndAccountId(Long id, Long accountId);

    /** Unread first, then newest first. */
    @Query(value = """
            select n from Notification n where n.accountId = :accountId
            order by case when n.readAt is null then 0 else 1 end, n.createdAt desc, n.id desc""",
            countQuery = "select count(n) from Notification n where n.accountId = :accountId")
    Page<Notification> inboxOf(@Param("accountId") Long accountId, Pageable pageable);

    long countByAccountIdAndReadAtIsNull(Long accountId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.accountId = :accountId and n.readAt is null")
    int markAllRead(@Param("accountId") Long accountId, @Param("at") Instant at);
}
