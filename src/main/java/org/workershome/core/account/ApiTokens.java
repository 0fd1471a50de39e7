package org.workershome.core.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokens extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("update ApiToken t set t.revokedAt = :now where t.accountId = :accountId and t.revokedAt is null")
    int revokeAll(@Param("accountId") Long accountId, @Param("now") Instant now);
}
