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

/** A resolution (决议): the published outcome of a closed ballot, visible to all workers of the unit. */
@Entity
@Table(name = "congress_resolution")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class Resolution extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long sessionId;
    private Long ballotId;
    private String title;
    private String text;
    private boolean adopted;
    private Instant publishedAt;

    protected Resolution() {}

    Resolution(Ballot ballot, String title, String text, boolean adopted, Instant publishedAt) {
        this.orgId = ballot.getOrgId();
        this.sessionId = ballot.getSessionId();
        this.ballotId = ballot.getId();
        this.title = title;
        this.text = text;
        this.adopted = adopted;
        this.publishedAt = publishedAt;
    }

    @Override
    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public Long getBallotId() { return ballotId; }
    public String getTitle() { return title; }
    public String getText() { return text; }
    public boolean isAdopted() { return adopted; }
    public Instant getPublishedAt() { return publishedAt; }
}
