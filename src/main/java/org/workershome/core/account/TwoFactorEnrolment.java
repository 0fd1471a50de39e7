package org.workershome.core.account;

import java.time.Instant;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.workershome.core.crypto.EncryptedString;

/** An account's TOTP secret (encrypted at rest) and the newest time step used, so that a code works once. */
@Entity
@Table(name = "account_two_factor")
class TwoFactorEnrolment {

    @Id
    private Long accountId;
    @Convert(converter = EncryptedString.class)
    private String secret;
    private long lastStep;
    private Instant enrolledAt;
    @Version
    private long version;

    protected TwoFactorEnrolment() {}

    TwoFactorEnrolment(Long accountId, String secret, long step, Instant now) {
        this.accountId = accountId;
        this.secret = secret;
        this.lastStep = step;
        this.enrolledAt = now;
    }

    void used(long step) {
        this.lastStep = step;
    }

    Long getAccountId() { return accountId; }
    String getSecret() { return secret; }
    long getLastStep() { return lastStep; }
    Instant getEnrolledAt() { return enrolledAt; }
}
