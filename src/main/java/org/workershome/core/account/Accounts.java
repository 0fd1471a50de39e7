package org.workershome.core.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByMemberId(Long memberId);

    /** Enabled accounts of an org holding a role, e.g. the cadres to notify about a new appeal. */
    @Query("select a.id from Account a join a.roles r where a.orgId = :orgId and r = :role and a.enabled = true")
    List<Long> findIdsByOrgIdAndRole(@Param("orgId") Long orgId, @Param("role") Role role);

    List<Account> findByMemberIdIn(java.util.Collection<Long> memberIds);

    boolean existsByUsername(String username);

    /**
     * Accounts in the caller's scope whose user name or display name matches {@code like} (lower case, with %,
     * backslash escapes), in the page and order {@code pageable} asks for.
     */
    @Query("""
            select a from Account a
            where lower(a.username) like :like escape '\\' or lower(a.displayName) like :like escape '\\'""")
    Page<Account> search(@Param("like") String like, Pageable pageable);

    /** The org of a member visible to the caller (a JPQL read: no dependency on the member package). */
    @Query("select m.orgId from Member m where m.id = :memberId")
    Optional<Long> memberOrgId(@Param("memberId") Long memberId);

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
