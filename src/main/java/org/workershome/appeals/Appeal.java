package org.workershome.appeals;

import static org.workershome.appeals.AppealAction.*;
import static org.workershome.appeals.AppealStatus.*;

import java.time.Instant;
import java.util.EnumSet;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.crypto.EncryptedString;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.workflow.StateMachine;

/**
 * A worker's appeal to the union. {@code orgId} is the org handling it (the worker's grassroots union,
 * or where it was transferred); when it runs past a deadline it is escalated: {@code escalatedToOrgId}
 * is the org above that now supervises it. Rules live here; {@link AppealManagement} supplies the
 * deadlines, computed in working days.
 */
@Entity
@Table(name = "appeal")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class Appeal extends ScopedEntity {

    static final StateMachine<AppealStatus, AppealAction> MACHINE = StateMachine.of(AppealStatus.class, AppealAction.class)
            .allow(ACCEPT, SUBMITTED, ACCEPTED)
            .allow(REJECT, SUBMITTED, REJECTED)
            .allow(TRANSFER, EnumSet.of(SUBMITTED, ACCEPTED), SUBMITTED)
            .allow(START, ACCEPTED, IN_PROGRESS)
            .allow(UPDATE, IN_PROGRESS, IN_PROGRESS)
            .allow(REPLY, EnumSet.of(ACCEPTED, IN_PROGRESS), REPLIED)
            .allow(CLOSE, REPLIED, CLOSED)
            .allow(AUTO_CLOSE, REPLIED, CLOSED)
            .allow(RATE, EnumSet.of(REPLIED, CLOSED), CLOSED)
            .allow(REOPEN, EnumSet.of(REPLIED, CLOSED), IN_PROGRESS)
            .allow(WITHDRAW, EnumSet.of(SUBMITTED, ACCEPTED, IN_PROGRESS), WITHDRAWN)
            .allow(ESCALATED, SUBMITTED, SUBMITTED)
            .allow(ESCALATED, ACCEPTED, ACCEPTED)
            .allow(ESCALATED, IN_PROGRESS, IN_PROGRESS)
            .build();

    @Id
    private Long id;
    private String trackingNo;
    private Long memberId;
    private Long submittedByAccountId;
    private String category;
    private String title;
    private String content;
    @Enumerated(EnumType.STRING)
    private AppealChannel channel;
    private boolean anonymous;
    private boolean confidential;
    /** For following the appeal without an account (tracking number + phone), and for hotline callers. */
    @Convert(converter = EncryptedString.class)
    private String contactPhone;
    private String contactPhoneHash;
    @Convert(converter = EncryptedString.class)
    private String contactName;
    @Enumerated(EnumType.STRING)
    private AppealStatus status;
    private Integer rating;
    private boolean reopened;
    private int escalationLevel;
    private Long escalatedToOrgId;
    private Instant submittedAt;
    private Instant lastActivityAt;
    private Instant repliedAt;
    private Instant closedAt;
    /** The deadline that escalates the appeal when it passes; null when none runs (replied or final). */
    private Instant dueAt;
    /** When the handler is warned (80 % of the time to {@link #dueAt}). */
    private Instant warnAt;
    private boolean warned;
    @Version
    private long version;

    protected Appeal() {}

    Appeal(long id, String trackingNo, Long orgId, Long memberId, Long submittedByAccountId, String category,
            String title, String content, AppealChannel channel, boolean anonymous, boolean confidential,
            Contact contact, Instant now, Deadline firstResponse) {
        this.id = id;
        this.trackingNo = trackingNo;
        this.orgId = orgId;
        this.memberId = memberId;
        this.submittedByAccountId = submittedByAccountId;
        this.category = category;
        this.title = title;
        this.content = content;
        this.channel = channel;
        this.anonymous = anonymous;
        this.confidential = confidential;
        if (contact != null) {
            this.contactName = contact.name();
            this.contactPhone = contact.phone();
            this.contactPhoneHash = contact.phoneHash();
        }
        this.status = SUBMITTED;
        this.submittedAt = now;
        this.lastActivityAt = now;
        runTimer(firstResponse);
    }

    /** Who to reach about the appeal when it is not (only) a signed-in member. */
    record Contact(String name, String phone, String phoneHash) {}

    /** A deadline and the moment to warn before it. */
    record Deadline(Instant dueAt, Instant warnAt) {}

    private AppealStatus move(AppealAction action, Instant now) {
        AppealStatus from = status;
        status = MACHINE.next(status, action);
        lastActivityAt = now;
        return from;
    }

    AppealStatus accept(Instant now, Deadline nextUpdate) {
        AppealStatus from = move(ACCEPT, now);
        runTimer(nextUpdate);
        return from;
    }

    AppealStatus reject(String reason, Instant now) {
        requireNote(reason);
        AppealStatus from = move(REJECT, now);
        stopTimer();
        closedAt = now;
        return from;
    }

    AppealStatus transferTo(Long newOrgId, Instant now, Deadline firstResponse) {
        if (newOrgId.equals(orgId)) {
            throw new Conflict("appeal.error.sameOrg");
        }
        AppealStatus from = move(TRANSFER, now);
        orgId = newOrgId;
        escalationLevel = 0;
        escalatedToOrgId = null;
        runTimer(firstResponse);
        return from;
    }

    AppealStatus start(Instant now, Deadline nextUpdate) {
        AppealStatus from = move(START, now);
        runTimer(nextUpdate);
        return from;
    }

    AppealStatus update(String note, Instant now, Deadline nextUpdate) {
        requireNote(note);
        AppealStatus from = move(UPDATE, now);
        runTimer(nextUpdate);
        return from;
    }

    AppealStatus reply(String answer, Instant now) {
        requireNote(answer);
        AppealStatus from = move(REPLY, now);
        repliedAt = now;
        stopTimer();
        return from;
    }

    AppealStatus close(Integer rating, Instant now) {
        AppealStatus from = move(CLOSE, now);
        if (rating != null) {
            setRating(rating);
        }
        closedAt = now;
        return from;
    }

    AppealStatus autoClose(Instant now) {
        AppealStatus from = move(AUTO_CLOSE, now);
        closedAt = now;
        return from;
    }

    AppealStatus rate(int rating, Instant now) {
        if (this.rating != null) {
            throw new Conflict("appeal.error.alreadyRated");
        }
        AppealStatus from = move(RATE, now);
        setRating(rating);
        if (closedAt == null) {
            closedAt = now;
        }
        return from;
    }

    AppealStatus reopen(String reason, Instant now, Deadline nextUpdate) {
        if (reopened) {
            throw new Conflict("appeal.error.alreadyReopened");
        }
        requireNote(reason);
        AppealStatus from = move(REOPEN, now);
        reopened = true;
        rating = null;
        closedAt = null;
        repliedAt = null;
        runTimer(nextUpdate);
        return from;
    }

    AppealStatus withdraw(Instant now) {
        AppealStatus from = move(WITHDRAW, now);
        stopTimer();
        closedAt = now;
        return from;
    }

    /** The org above takes over supervision, with a timer of its own. */
    void escalate(Long supervisingOrgId, Instant now, Deadline supervisionDeadline) {
        MACHINE.next(status, ESCALATED);
        escalationLevel++;
        escalatedToOrgId = supervisingOrgId;
        runTimer(supervisionDeadline);
    }

    /** Overdue at the top of the tree: stays supervised there, no further timer. */
    void markOverdueAtTop() {
        stopTimer();
    }

    boolean isOverdue(Instant now) {
        return dueAt != null && now.isAfter(dueAt);
    }

    boolean needsWarning(Instant now) {
        return !warned && warnAt != null && !now.isBefore(warnAt) && !isOverdue(now);
    }

    void markWarned() {
        warned = true;
    }

    boolean isSubmittedBy(Long memberId) {
        return memberId != null && memberId.equals(this.memberId);
    }

    private void setRating(int value) {
        if (value < 1 || value > 5) {
            throw InvalidInput.field("rating", "appeal.rating.range");
        }
        rating = value;
    }

    private static void requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw InvalidInput.field("note", "appeal.note.required");
        }
    }

    private void runTimer(Deadline deadline) {
        dueAt = deadline == null ? null : deadline.dueAt();
        warnAt = deadline == null ? null : deadline.warnAt();
        warned = false;
    }

    private void stopTimer() {
        runTimer(null);
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public String getTrackingNo() { return trackingNo; }
    public Long getMemberId() { return memberId; }
    public Long getSubmittedByAccountId() { return submittedByAccountId; }
    public String getCategory() { return category; }
    public String getTitle() { return title; }
    public String getContent() { return content; }
    public AppealChannel getChannel() { return channel; }
    public boolean isAnonymous() { return anonymous; }
    public boolean isConfidential() { return confidential; }
    public String getContactPhone() { return contactPhone; }
    public String getContactPhoneHash() { return contactPhoneHash; }
    public String getContactName() { return contactName; }
    public AppealStatus getStatus() { return status; }
    public Integer getRating() { return rating; }
    public boolean isReopened() { return reopened; }
    public int getEscalationLevel() { return escalationLevel; }
    public Long getEscalatedToOrgId() { return escalatedToOrgId; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getLastActivityAt() { return lastActivityAt; }
    public Instant getRepliedAt() { return repliedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getDueAt() { return dueAt; }
    public Instant getWarnAt() { return warnAt; }
    public long getVersion() { return version; }
}
