package org.workershome.congress;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/** A term (届) of an org's workers' congress, with its rules: quorum, pass rule, co-signers a motion needs. */
@Entity
@Table(name = "congress_term")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class Term extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int number;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private int quorumNumerator;
    private int quorumDenominator;
    @Enumerated(EnumType.STRING)
    private PassRule passRule;
    private int minCosigners;
    @Version
    private long version;

    protected Term() {}

    public Term(Long orgId, int number, String name, LocalDate startsOn, LocalDate endsOn, int quorumNumerator,
            int quorumDenominator, PassRule passRule, int minCosigners) {
        if (quorumDenominator <= 0 || quorumNumerator <= 0 || quorumNumerator > quorumDenominator) {
            throw InvalidInput.field("quorum", "congress.quorum.invalid");
        }
        if (name == null || name.isBlank()) {
            throw InvalidInput.field("name", "congress.field.required");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw InvalidInput.field("endsOn", "congress.term.dates.invalid");
        }
        if (minCosigners < 0) {
            throw InvalidInput.field("minCosigners", "congress.minCosigners.invalid");
        }
        this.orgId = orgId;
        this.number = number;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.quorumNumerator = quorumNumerator;
        this.quorumDenominator = quorumDenominator;
        this.passRule = passRule;
        this.minCosigners = minCosigners;
    }

    /** At least numerator/denominator of the roster present (two thirds by default). */
    boolean quorate(long present, long eligible) {
        return eligible > 0 && present * quorumDenominator >= eligible * quorumNumerator;
    }

    /** How many must be present for the quorum. */
    long quorumNeeded(long eligible) {
        return (eligible * quorumNumerator + quorumDenominator - 1) / quorumDenominator;
    }

    @Override
    public Long getId() { return id; }
    public int getNumber() { return number; }
    public String getName() { return name; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public int getQuorumNumerator() { return quorumNumerator; }
    public int getQuorumDenominator() { return quorumDenominator; }
    public PassRule getPassRule() { return passRule; }
    public int getMinCosigners() { return minCosigners; }
}
