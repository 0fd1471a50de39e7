package org.workershome.surveys.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.Conflict;
import org.workershome.core.scope.ScopedEntity;

/**
 * A research report (调研报告) by a cadre: rich text (sanitised by core's SafeHtml on every save), linked to a survey
 * and a visit it draws on, published to its org's subtree. Workers see published reports (self filter); whether the
 * report's org is above theirs the service decides.
 */
@Entity
@Table(name = "surveys_report")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or status = 'PUBLISHED')")
public class ResearchReport extends ScopedEntity {

    public enum Status { DRAFT, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    @Column(name = "body_html")
    private String body;
    private Long surveyId;
    private Long visitId;
    private Long authorAccountId;
    private String authorName;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant createdAt;
    private Instant publishedAt;
    @Version
    private long version;

    protected ResearchReport() {}

    ResearchReport(Long orgId, String title, String body, Long surveyId, Long visitId, Long authorAccountId,
            String authorName, Instant now) {
        this.orgId = orgId;
        this.title = title;
        this.body = body;
        this.surveyId = surveyId;
        this.visitId = visitId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.status = Status.DRAFT;
        this.createdAt = now;
    }

    void publish(Instant now) {
        if (status != Status.DRAFT) {
            throw new Conflict("surveys.report.alreadyPublished");
        }
        status = Status.PUBLISHED;
        publishedAt = now;
    }

    @Override public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Long getSurveyId() { return surveyId; }
    public Long getVisitId() { return visitId; }
    public Long getAuthorAccountId() { return authorAccountId; }
    public String getAuthorName() { return authorName; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getPublishedAt() { return publishedAt; }
}
