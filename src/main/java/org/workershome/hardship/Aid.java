package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;

/** Aid given to a household: what, how much (from which fund), under which project, when, by whom. */
@Entity
@Table(name = "hardship_aid")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class Aid extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long fileId;
    private Long memberId;
    @Enumerated(EnumType.STRING)
    @Column(name = "aid_type")
    private AidType type;
    private BigDecimal amount;
    private String description;
    private Long fundId;
    private Long projectId;
    private LocalDate aidDate;
    private Long handlerAccountId;
    private String handlerName;
    private Instant recordedAt;
    private Instant reversedAt;
    private String reversalReason;

    protected Aid() {}

    /** The payment was reversed (冲正): the record stays, marked, and no longer counts as aid given. */
    void markReversed(String reason, Instant now) {
        reversedAt = now;
        reversalReason = reason;
    }

    Aid(HardshipFile file, AidType type, BigDecimal amount, String description, Long fundId, Long projectId,
            LocalDate aidDate, Long handlerAccountId, String handlerName, Instant now) {
        this.fileId = file.getId();
        this.orgId = file.getOrgId();
        this.memberId = file.getMemberId();
        this.type = type;
        this.amount = amount;
        this.description = description;
        this.fundId = fundId;
        this.projectId = projectId;
        this.aidDate = aidDate;
        this.handlerAccountId = handlerAccountId;
        this.handlerName = handlerName;
        this.recordedAt = now;
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public Long getFileId() { return fileId; }
    public Long getMemberId() { return memberId; }
    public AidType getType() { return type; }
    public BigDecimal getAmount() { return amount; }
    public String getAmountText() { return Money.format(amount); }
    public String getDescription() { return description; }
    public Long getFundId() { return fundId; }
    public Long getProjectId() { return projectId; }
    public LocalDate getAidDate() { return aidDate; }
    public Long getHandlerAccountId() { return handlerAccountId; }
    public String getHandlerName() { return handlerName; }
    public Instant getRecordedAt() { return recordedAt; }
    public Instant getReversedAt() { return reversedAt; }
    public String getReversalReason() { return reversalReason; }
    public boolean isReversed() { return reversedAt != null; }
}
