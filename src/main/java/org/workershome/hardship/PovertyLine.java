package org.workershome.hardship;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 低保线: a region's monthly minimum-living-standard line per person. Reference data, visible to all. */
@Entity
@Table(name = "hardship_poverty_line")
public class PovertyLine {

    /** The line used where no region (or province) has its own. */
    public static final String DEFAULT_REGION = "000000";

    @Id
    private String regionCode;
    private String name;
    private BigDecimal monthlyLine;

    protected PovertyLine() {}

    PovertyLine(String regionCode, String name, BigDecimal monthlyLine) {
        this.regionCode = regionCode;
        this.name = name;
        this.monthlyLine = monthlyLine;
    }

    void change(String name, BigDecimal monthlyLine) {
        this.name = name;
        this.monthlyLine = monthlyLine;
    }

    public String getRegionCode() { return regionCode; }
    public String getName() { return name; }
    public BigDecimal getMonthlyLine() { return monthlyLine; }
    public String getMonthlyLineText() { return Money.format(monthlyLine); }
}
