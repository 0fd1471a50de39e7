package org.workershome.congress;

import java.time.Instant;

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
import org.workershome.core.scope.SelfFilters;

/** A session (第N次会议) of a term: motion window, sign-in, ballots. */
@Entity
@Table(name = "congress_session")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class CongressSession extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long termId;
    private int number;
    private String title;
    @Enumerated(EnumType.STRING)
    private SessionStatus status;
    private Instant motionsOpenAt;
    private Instant motionsCloseAt;
    /** The agenda (议程), one item a line. */
    private String agenda;
    /** The QR sign-in token: random, short-lived, renewed when the screen shows a new code. */
    private String signInToken;
    private Instant signInTokenExpiresAt;
    private Instant openedAt;
    private Instant closedAt;
    @Version
    private long version;

    protected CongressSession() {}

    public CongressSession(Term term, int number, String title, Instant motionsOpenAt, Instant motionsCloseAt) {
        this.orgId = term.getOrgId();
        this.termId = term.getId();
        this.number = number;
        this.title = title;
        this.status = SessionStatus.PLANNED;
        this.motionsOpenAt = motionsOpenAt;
        this.motionsCloseAt = motionsCloseAt;
    }

    void setAgenda(String agenda) {
        this.agenda = agenda == null || agenda.isBlank() ? null : agenda.strip();
    }

    public String getAgenda() { return agenda; }

    /** The agenda items, one per non-blank line. */
    public java.util.List<String> getAgendaItems() {
        return agenda == null ? java.util.List.of()
                : java.util.Arrays.stream(agenda.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    void open(Instant now) {
        if (status != SessionStatus.PLANNED) {
            throw new Conflict("congress.session.notPlanned");
        }
        status = SessionStatus.IN_PROGRESS;
        openedAt = now;
    }

    void close(Instant now) {
        if (status != SessionStatus.IN_PROGRESS) {
            throw new Conflict("congress.session.notSitting");
        }
        status = SessionStatus.CLOSED;
        closedAt = now;
        signInToken = null;
    }

    public boolean isSitting() {
        return status == SessionStatus.IN_PROGRESS;
    }

    public boolean motionWindowOpen(Instant now) {
        return status != SessionStatus.CLOSED && (motionsOpenAt == null || !now.isBefore(motionsOpenAt))
                && (motionsCloseAt == null || now.isBefore(motionsCloseAt));
    }

    void issueSignInToken(String token, Instant expiresAt) {
        this.signInToken = token;
        this.signInTokenExpiresAt = expiresAt;
    }

    boolean acceptsSignInToken(String token, Instant now) {
        return isSitting() && signInToken != null && signInToken.equals(token) && signInTokenExpiresAt != null
                && now.isBefore(signInTokenExpiresAt);
    }

    @Override
    public Long getId() { return id; }
    public Long getTermId() { return termId; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public SessionStatus getStatus() { return status; }
    public Instant getMotionsOpenAt() { return motionsOpenAt; }
    public Instant getMotionsCloseAt() { return motionsCloseAt; }
    String getSignInToken() { return signInToken; }
    public Instant getSignInTokenExpiresAt() { return signInTokenExpiresAt; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getClosedAt() { return closedAt; }
}
