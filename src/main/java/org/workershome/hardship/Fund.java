package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;

/**
 * An org's assistance fund (帮扶资金) for one year. The balance changes only through conditional updates
 * ({@link Funds#debit}, {@link Funds#credit}) and each change has a {@link FundEntry}, so it never goes below zero
 * (also under concurrent payments) and always reconciles with the ledger. Workers see no funds.
 */
@Entity
@Table(name = "hardship_fund")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0)")
public class Fund extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int fundYear;
    private String name;
    private BigDecimal balance;
    private Instant createdAt;

    protected Fund() {}

    Fund(Long orgId, int year, String name, Instant now) {
        this.orgId = orgId;
        this.fundYear = year;
        this.name = name;
        this.balance = BigDecimal.ZERO.setScale(2);
        this.createdAt = now;
    }

    @Override
    public Long getId() { return id; }
    public int getFundYear() { return fundYear; }
    public String getName() { return name; }
    /** As loaded; read {@link Funds#balanceOf} for the current figure after a change. */
    public BigDecimal getBalance() { return balance; }
    public Instant getCreatedAt() { return createdAt; }
}
