package org.workershome.relations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The level thresholds (one row), editable by admins. */
@Entity
@Table(name = "relations_settings")
public class RiskSettings {

    static final long ID = 1L;

    @Id
    private Long id;
    private int blueFrom;
    private int yellowFrom;
    private int orangeFrom;
    private int redFrom;
    @Version
    private long version;

    protected RiskSettings() {}

    RiskScoring.Thresholds thresholds() {
        return new RiskScoring.Thresholds(blueFrom, yellowFrom, orangeFrom, redFrom);
    }

    void set(RiskScoring.Thresholds t) {
        this.blueFrom = t.blueFrom();
        this.yellowFrom = t.yellowFrom();
        this.orangeFrom = t.orangeFrom();
        this.redFrom = t.redFrom();
    }

    public Long getId() { return id; }
}
