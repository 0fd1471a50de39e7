package org.workershome.congress.ballot;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.congress.CongressSession;
import org.workershome.congress.PassRule;
import org.workershome.core.error.Conflict;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/**
 * A vote on an agenda item of a session. Votes are not stored here: who voted is in
 * {@link BallotParticipation}, what was chosen only in the counters of {@link BallotTally}. The result is written
 * once, on close, and never changes afterwards.
 */
@Entity
@Table(name = "congress_ballot")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class Ballot extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long sessionId;
    private Long termId;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private BallotKind kind;
    private boolean secret;
    private int maxChoices;
    @Enumerated(EnumType.STRING)
    private PassRule passRule;
    @Enumerated(EnumType.STRING)
    private BallotStatus status;
    private Instant opensAt;
    private Instant closesAt;
    private Instant openedAt;
    private Instant closedAt;
    private Integer eligible;
    private Integer present;
    private Integer castCount;
    private Boolean quorumReached;
    private Boolean passed;
    @Version
    private long version;
    @Transient
    private boolean closedWhenLoaded;

    protected Ballot() {}

    Ballot(CongressSession session, String title, String description, BallotKind kind, boolean secret, int maxChoices,
            PassRule passRule, Instant opensAt, Instant closesAt) {
        this.orgId = session.getOrgId();
        this.sessionId = session.getId();
        this.termId = session.getTermId();
        this.title = title;
        this.description = description;
        this.kind = kind;
        this.secret = secret;
        this.maxChoices = kind == BallotKind.MOTION ? 1 : maxChoices;
        this.passRule = passRule;
        this.status = BallotStatus.DRAFT;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    void open(Instant now) {
        if (status != BallotStatus.DRAFT) {
            throw new Conflict("congress.ballot.notDraft");
        }
        status = BallotStatus.OPEN;
        openedAt = now;
    }

    /** Open and, when a closing time was set, not past it. */
    boolean acceptsVotes(Instant now) {
        return status == BallotStatus.OPEN && (closesAt == null || now.isBefore(closesAt));
    }

    /** For views: open now by the application clock's idea of now is checked in the service; here only the status. */
    public boolean acceptsVotesNow() {
        return status == BallotStatus.OPEN;
    }

    void close(Instant now, int eligible, int present, int cast, boolean quorumReached, boolean passed) {
        if (status != BallotStatus.OPEN) {
            throw new Conflict(status == BallotStatus.CLOSED ? "congress.ballot.alreadyClosed" : "congress.ballot.notOpen");
        }
        this.status = BallotStatus.CLOSED;
        this.closedAt = now;
        this.eligible = eligible;
        this.present = present;
        this.castCount = cast;
        this.quorumReached = quorumReached;
        this.passed = passed;
    }

    @jakarta.persistence.PostLoad
    void remember() {
        closedWhenLoaded = status == BallotStatus.CLOSED;
    }

    /** A closed ballot's result is final: any change to it is refused. */
    @PreUpdate
    void refuseChangeAfterClose() {
        if (closedWhenLoaded) {
            throw new Conflict("congress.ballot.alreadyClosed");
        }
    }

    boolean isDueToOpen(Instant now) {
        return status == BallotStatus.DRAFT && opensAt != null && !now.isBefore(opensAt);
    }

    boolean isDueToClose(Instant now) {
        return status == BallotStatus.OPEN && closesAt != null && !now.isBefore(closesAt);
    }

    @Override
    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public Long getTermId() { return termId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public BallotKind getKind() { return kind; }
    public boolean isSecret() { return secret; }
    public int getMaxChoices() { return maxChoices; }
    public PassRule getPassRule() { return passRule; }
    public BallotStatus getStatus() { return status; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Integer getEligible() { return eligible; }
    public Integer getPresent() { return present; }
    public Integer getCastCount() { return castCount; }
    public Boolean getQuorumReached() { return quorumReached; }
    public Boolean getPassed() { return passed; }
}
