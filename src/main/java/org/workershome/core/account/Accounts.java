package org.workershome.core.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByMemberId(Long memberId);

    List<Account> findByMemberIdIn(java.util.Collection<Long> memberIds);

    boolean existsByUsername(String username);

    /** Counts a failed sign-in; at the limit, locks until {@code lockUntil} and starts counting again. */
    @Modifying
    @Query("""
            update Account a set
              a.lockedUntil = case when a.failedLogins + 1 >= :limit then :lockUntil else a.lockedUntil end,
              a.failedLogins = case when a.failedLogins + 1 >= :limit then 0 else a.failedLogins + 1 end
            where a.username = :username""")
    int recordFailure(@Param("username") String username, @Param("limit") int limit, @Param("lockUntil") Instant lockUntil);

    @Modifying
    @Query("update Account a set a.failedLogins = 0, a.lockedUntil = null, a.lastLoginAt = :at where a.username = :username")
    int recordSuccess(@Param("username") String username, @Param("at") Instant at);
}
