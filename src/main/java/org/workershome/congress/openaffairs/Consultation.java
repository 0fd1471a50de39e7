package org.workershome.congress.openaffairs;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/** A draft policy put to the workers below an org for comments, paragraph by paragraph (征求意见). */
@Entity
@Table(name = "congress_consultation")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class Consultation extends ScopedEntity {

    enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String intro;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;
    private LocalDate closesOn;
    private Instant createdAt;

    protected Consultation() {}

    Consultation(Long orgId, String title, String intro, LocalDate closesOn, Instant now) {
        this.orgId = orgId;
        this.title = title;
        this.intro = intro;
        this.status = Status.OPEN;
        this.closesOn = closesOn;
        this.createdAt = now;
    }

    boolean isOpen(LocalDate today) {
        return status == Status.OPEN && (closesOn == null || !today.isAfter(closesOn));
    }

    void close() {
        status = Status.CLOSED;
    }

    @Override
    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getIntro() { return intro; }
    public Status getStatus() { return status; }
    public LocalDate getClosesOn() { return closesOn; }
    public Instant getCreatedAt() { return createdAt; }
}
