package org.workershome.congress.openaffairs;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/** An open-affairs notice (厂务公开) of a unit to its workers, who confirm they have read it. */
@Entity
@Table(name = "congress_notice")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class Notice extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private NoticeCategory category;
    private String title;
    private String body;
    private String publishedBy;
    private Instant publishedAt;

    protected Notice() {}

    Notice(Long orgId, NoticeCategory category, String title, String body, String publishedBy, Instant at) {
        this.orgId = orgId;
        this.category = category;
        this.title = title;
        this.body = body;
        this.publishedBy = publishedBy;
        this.publishedAt = at;
    }

    @Override
    public Long getId() { return id; }
    public NoticeCategory getCategory() { return category; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getPublishedAt() { return publishedAt; }
}
