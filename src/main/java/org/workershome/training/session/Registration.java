package org.workershome.training.session;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.Conflict;
import org.workershome.core.scope.ScopedEntity;

/**
 * A learner's registration for an offline session (org: the learner's unit). Whether it holds a seat or waits is not
 * stored: the first {@code capacity} registrations not cancelled, in the order they came, hold the seats — so a
 * cancellation promotes the next in line without anyone writing another learner's record.
 */
@Entity
@Table(name = "training_registration")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class Registration extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long sessionId;
    private Long accountId;
    private Long memberId;
    private String learnerName;
    private Instant registeredAt;
    private Instant cancelledAt;
    private Instant signedInAt;
    private Instant signedOutAt;
    @Version
    private long version;

    protected Registration() {}

    Registration(Long sessionId, Long orgId, Long accountId, Long memberId, String learnerName, Instant now) {
        this.sessionId = sessionId;
        this.orgId = orgId;
        this.accountId = accountId;
        this.memberId = memberId;
        this.learnerName = learnerName;
        this.registeredAt = now;
    }

    void cancel(Instant now) {
        if (signedInAt != null) {
            throw new Conflict("training.session.error.attended");
        }
        cancelledAt = now;
    }

    void signIn(Instant now) {
        if (signedInAt == null) {
            signedInAt = now;
        }
    }

    void signOut(Instant now) {
        if (signedInAt == null) {
            throw new Conflict("training.session.error.notSignedIn");
        }
        if (signedOutAt == null) {
            signedOutAt = now;
        }
    }

    public boolean isActive() {
        return cancelledAt == null;
    }

    public boolean isAttended() {
        return signedInAt != null && signedOutAt != null;
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public Long getAccountId() { return accountId; }
    public Long getMemberId() { return memberId; }
    public String getLearnerName() { return learnerName; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Instant getCancelledAt() { return cancelledAt; }
    public Instant getSignedInAt() { return signedInAt; }
    public Instant getSignedOutAt() { return signedOutAt; }
}
