package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.workershome.core.scope.ScopedEntity;

/**
 * One line of a fund's ledger: money in (budget, allocation from above) is positive, money out negative. A wrong
 * line is never edited: a REVERSAL (冲正) line of the opposite sign points to it ({@code reversedEntryId}).
 */
@Entity
@Immutable
@Table(name = "hardship_fund_entry")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0)")
public class FundEntry extends ScopedEntity {

    public enum Kind { BUDGET, ALLOCATION_IN, ALLOCATION_OUT, AID, REVERSAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long fundId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private BigDecimal amount;
    private Long counterpartFundId;
    private Long aidId;
    private String note;
    private Long byAccountId;
    private Instant bookedAt;
    private Long reversedEntryId;

    protected FundEntry() {}

    /** The reversal of {@code wrong}: the opposite amount on the same fund, with the reason. */
    static FundEntry reversalOf(FundEntry wrong, Fund fund, String reason, Long byAccountId, Instant now) {
        FundEntry e = new FundEntry(fund, Kind.REVERSAL, wrong.amount.negate(), wrong.counterpartFundId, wrong.aidId,
                reason, byAccountId, now);
        e.reversedEntryId = wrong.id;
        return e;
    }

    FundEntry(Fund fund, Kind kind, BigDecimal amount, Long counterpartFundId, Long aidId, String note,
            Long byAccountId, Instant now) {
        this.fundId = fund.getId();
        this.orgId = fund.getOrgId();
        this.kind = kind;
        this.amount = amount;
        this.counterpartFundId = counterpartFundId;
        this.aidId = aidId;
        this.note = note;
        this.byAccountId = byAccountId;
        this.bookedAt = now;
    }

    @Override
    public Long getId() { return id; }
    public Long getFundId() { return fundId; }
    public Kind getKind() { return kind; }
    public BigDecimal getAmount() { return amount; }
    public Long getCounterpartFundId() { return counterpartFundId; }
    public Long getAidId() { return aidId; }
    public String getNote() { return note; }
    public Long getByAccountId() { return byAccountId; }
    public Instant getBookedAt() { return bookedAt; }
    public Long getReversedEntryId() { return reversedEntryId; }
    /** A line that can be reversed: not itself a reversal. */
    public boolean isReversible() { return kind != Kind.REVERSAL; }
}
