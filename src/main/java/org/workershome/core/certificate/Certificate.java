package org.workershome.core.certificate;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.Conflict;
import org.workershome.core.scope.ScopedEntity;

/** A certificate issued by an org to a holder for a record of a module; a worker sees his own. */
@Entity
@Table(name = "core_certificate")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or holder_member_id = :selfMemberId)")
public class Certificate extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private Long holderMemberId;
    private Long holderAccountId;
    private String holderName;
    private String title;
    private String sourceModule;
    private Long sourceId;
    private Instant issuedAt;
    private Long issuedByAccountId;
    private Instant revokedAt;
    private String revokedReason;
    @Version
    private long version;

    protected Certificate() {}

    Certificate(String code, Long orgId, Certificates.Holder holder, String title, String sourceModule, Long sourceId,
            Long issuedBy, Instant now) {
        this.code = code;
        this.orgId = orgId;
        this.holderMemberId = holder.memberId();
        this.holderAccountId = holder.accountId();
        this.holderName = holder.name();
        this.title = title;
        this.sourceModule = sourceModule;
        this.sourceId = sourceId;
        this.issuedByAccountId = issuedBy;
        this.issuedAt = now;
    }

    void revoke(String reason, Instant now) {
        if (revokedAt != null) {
            throw new Conflict("certificate.error.alreadyRevoked");
        }
        this.revokedAt = now;
        this.revokedReason = reason;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    @Override
    public Long ownerMemberId() {
        return null;
    }

    @Override
    public Long getId() { return id; }
    public String getCode() { return code; }
    public Long getHolderMemberId() { return holderMemberId; }
    public Long getHolderAccountId() { return holderAccountId; }
    public String getHolderName() { return holderName; }
    public String getTitle() { return title; }
    public String getSourceModule() { return sourceModule; }
    public Long getSourceId() { return sourceId; }
    public Instant getIssuedAt() { return issuedAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokedReason() { return revokedReason; }
}
