package org.workershome.congress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/** A representative signed in as present at a session (by QR code or marked by staff); once per session. Public
 * like the sign-in sheet of a congress: whoever sees the session sees who signed in (and so counts the quorum). */
@Entity
@Table(name = "congress_attendance")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class Attendance extends ScopedEntity {

    enum Method { QR, STAFF }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long sessionId;
    private Long memberId;
    private Instant signedInAt;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Method method;

    protected Attendance() {}

    Attendance(CongressSession session, Long memberId, Instant at, Method method) {
        this.orgId = session.getOrgId();
        this.sessionId = session.getId();
        this.memberId = memberId;
        this.signedInAt = at;
        this.method = method;
    }

    @Override
    public Long ownerMemberId() { return memberId; }

    @Override
    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public Long getMemberId() { return memberId; }
    public Instant getSignedInAt() { return signedInAt; }
    public Method getMethod() { return method; }
}
