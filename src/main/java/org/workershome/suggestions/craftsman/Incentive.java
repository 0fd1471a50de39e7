package org.workershome.suggestions.craftsman;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An incentive granted to a title holder: its kind, amount (yuan; none for training in kind) and what it was. */
@Embeddable
public class Incentive {

    @Enumerated(EnumType.STRING)
    private IncentiveKind kind;
    private BigDecimal amount;
    private String note;
    private LocalDate grantedOn;

    protected Incentive() {}

    Incentive(IncentiveKind kind, BigDecimal amount, String note, LocalDate grantedOn) {
        this.kind = kind;
        this.amount = amount;
        this.note = note;
        this.grantedOn = grantedOn;
    }

    public IncentiveKind getKind() { return kind; }
    public BigDecimal getAmount() { return amount; }
    public String getNote() { return note; }
    public LocalDate getGrantedOn() { return grantedOn; }
}
