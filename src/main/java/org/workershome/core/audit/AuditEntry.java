package org.workershome.core.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.workershome.core.scope.ScopedEntity;

/**
 * One line of the audit log; written by {@link AuditTrail}, never changed. Read through the data-scope filters
 * like any scoped record: an entry shows only if its org is in the reader's scope; entries without an org (sign-ins,
 * unknown users) only to readers who see everything, and none to self-only accounts.
 */
@Entity
@Immutable
@Table(name = "audit_log")
@Filter(name = ScopedEntity.ORG_FILTER, condition = "(org_id in (select scope_org.id from org scope_org where scope_org.path like :scopePath)"
        + " or (org_id is null and :scopePath = '%'))")
@Filter(name = ScopedEntity.SELF_FILTER, condition = ":selfMemberId = 0")
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
