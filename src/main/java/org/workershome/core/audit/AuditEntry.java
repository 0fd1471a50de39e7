package org.workershome.core.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One line of the audit log; written by {@link AuditTrail}, never changed. */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private Long accountId;
    private String username;
    private String ip;
    private String action;
    private String targetType;
    private String targetId;
    private Long orgId;
    private String detail;

    protected AuditEntry() {}

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public Long getAccountId() { return accountId; }
    public String getUsername() { return username; }
    public String getIp() { return ip; }
    public String getAction() { return action; }
    public String getTargetType() { return targetType; }
    public String getTargetId() { return targetId; }
    public Long getOrgId() { return orgId; }
    public String getDetail() { return detail; }
}
