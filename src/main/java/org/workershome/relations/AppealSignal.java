package org.workershome.relations;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * How many appeals of a category an org received on a day, as told by one transaction of appeals' events. Rows are
 * appended (a sequence with allocation 50 lets Hibernate insert an event's rows in one JDBC batch) and summed when
 * read, so no row is ever updated by two submitting transactions at once. Counts, no personal data: not scoped.
 */
@Entity
@Table(name = "relations_appeal_signal")
public class AppealSignal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relations_appeal_signal_seq")
    @SequenceGenerator(name = "relations_appeal_signal_seq", sequenceName = "relations_appeal_signal_seq", allocationSize = 50)
    private Long id;
    private Long orgId;
    private String category;
    @jakarta.persistence.Column(name = "signal_day")
    private LocalDate day;
    private int appeals;

    protected AppealSignal() {}

    AppealSignal(Long orgId, String category, LocalDate day, int appeals) {
        this.orgId = orgId;
        this.category = category;
        this.day = day;
        this.appeals = appeals;
    }

    public Long getId() { return id; }
    public Long getOrgId() { return orgId; }
    public String getCategory() { return category; }
    public LocalDate getDay() { return day; }
    public int getAppeals() { return appeals; }
}
