package org.workershome.relations;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A stored {@link RiskScoring.Rule}, editable by admins; the union's, not an org's. */
@Entity
@Table(name = "relations_signal_rule")
public class SignalRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String category;
    private int minAppeals;
    private int windowDays;
    private int points;
    @Version
    private long version;

    protected SignalRule() {}

    SignalRule(RiskScoring.Rule rule) {
        set(rule);
    }

    void set(RiskScoring.Rule rule) {
        this.category = rule.category() == null || rule.category().isBlank() ? null : rule.category();
        this.minAppeals = rule.minAppeals();
        this.windowDays = rule.windowDays();
        this.points = rule.points();
    }

    RiskScoring.Rule rule() {
        return new RiskScoring.Rule(category, minAppeals, windowDays, points);
    }

    public Long getId() { return id; }
    public String getCategory() { return category; }
    public int getMinAppeals() { return minAppeals; }
    public int getWindowDays() { return windowDays; }
    public int getPoints() { return points; }
}
