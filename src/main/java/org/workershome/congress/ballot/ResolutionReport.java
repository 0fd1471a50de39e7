package org.workershome.congress.ballot;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/** A report on how a resolution is being implemented (落实情况). */
@Entity
@Table(name = "congress_resolution_report")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class ResolutionReport extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long resolutionId;
    private String text;
    private String reportedBy;
    private Instant reportedAt;

    protected ResolutionReport() {}

    ResolutionReport(Resolution resolution, String text, String reportedBy, Instant reportedAt) {
        this.orgId = resolution.getOrgId();
        this.resolutionId = resolution.getId();
        this.text = text;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    @Override
    public Long getId() { return id; }
    public Long getResolutionId() { return resolutionId; }
    public String getText() { return text; }
    public String getReportedBy() { return reportedBy; }
    public Instant getReportedAt() { return reportedAt; }
}
