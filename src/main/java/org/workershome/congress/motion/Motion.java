package org.workershome.congress.motion;

import static org.workershome.congress.motion.MotionAction.*;
import static org.workershome.congress.motion.MotionStatus.*;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.congress.CongressSession;
import org.workershome.congress.MotionFacts;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;
import org.workershome.core.workflow.StateMachine;

/** A motion (提案) of a representative to a session; public to the unit's workers with its status. */
@Entity
@Table(name = "congress_motion")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class Motion extends ScopedEntity {

    static final StateMachine<MotionStatus, MotionAction> MACHINE = StateMachine.of(MotionStatus.class, MotionAction.class)
            .allow(COSIGN, SUBMITTED, SUBMITTED)
            .allow(REGISTER, SUBMITTED, REGISTERED)
            .allow(CONVERT, SUBMITTED, CONVERTED)
            .allow(DECLINE, SUBMITTED, DECLINED)
            .allow(ASSIGN, REGISTERED, ASSIGNED)
            .allow(ASSIGN, ASSIGNED, ASSIGNED)
            .allow(REPLY, ASSIGNED, REPLIED)
            .allow(RATE, REPLIED, CLOSED)
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long sessionId;
    private Long termId;
    private Long proposerMemberId;
    private String proposerName;
    private String title;
    private String reason;
    private String proposal;
    @Enumerated(EnumType.STRING)
    private MotionStatus status;
    private String decisionNote;
    private Long handlerOrgId;
    private LocalDate dueOn;
    private String reply;
    private Instant repliedAt;
    @Enumerated(EnumType.STRING)
    private Satisfaction satisfaction;
    private Instant submittedAt;
    /** When the handler was reminded of the coming deadline / told it was missed (each once per assignment). */
    private Instant reminderSentAt;
    private Instant overdueSentAt;
    @Version
    private long version;

    protected Motion() {}

    Motion(CongressSession session, Long proposerMemberId, String proposerName, String title, String reason,
            String proposal, Instant now) {
        require("title", title, 200);
        require("reason", reason, 4000);
        require("proposal", proposal, 4000);
        this.orgId = session.getOrgId();
        this.sessionId = session.getId();
        this.termId = session.getTermId();
        this.proposerMemberId = proposerMemberId;
        this.proposerName = proposerName;
        this.title = title.strip();
        this.reason = reason.strip();
        this.proposal = proposal.strip();
        this.status = SUBMITTED;
        this.submittedAt = now;
    }

    void checkCosignable() {
        MACHINE.next(status, COSIGN);
    }

    MotionStatus register(long cosigners, int minCosigners, String note) {
        if (cosigners < minCosigners) {
            throw new Conflict("congress.motion.tooFewCosigners", minCosigners);
        }
        MotionStatus from = status;
        status = MACHINE.next(status, REGISTER);
        decisionNote = note;
        return from;
    }

    MotionStatus convert(String note) {
        MotionStatus from = status;
        status = MACHINE.next(status, CONVERT);
        decisionNote = note;
        return from;
    }

    MotionStatus decline(String reason) {
        require("note", reason, 2000);
        MotionStatus from = status;
        status = MACHINE.next(status, DECLINE);
        decisionNote = reason;
        return from;
    }

    /** Still waiting for the handler's reply and the deadline is past. */
    public boolean isOverdue(LocalDate today) {
        return status == MotionStatus.ASSIGNED && dueOn != null && dueOn.isBefore(today);
    }

    boolean needsReminder(LocalDate today, int daysBefore) {
        return status == MotionStatus.ASSIGNED && dueOn != null && reminderSentAt == null && !dueOn.isBefore(today)
                && !dueOn.isAfter(today.plusDays(daysBefore));
    }

    boolean needsOverdueNotice(LocalDate today) {
        return isOverdue(today) && overdueSentAt == null;
    }

    void markReminded(Instant now) { reminderSentAt = now; }

    void markOverdueNoticed(Instant now) { overdueSentAt = now; }

    MotionStatus assign(Long handlerOrgId, LocalDate dueOn) {
        if (handlerOrgId == null) {
            throw InvalidInput.field("handlerOrgId", "congress.motion.handler.required");
        }
        if (dueOn == null) {
            throw InvalidInput.field("dueOn", "congress.motion.dueOn.required");
        }
        MotionStatus from = status;
        status = MACHINE.next(status, ASSIGN);
        this.handlerOrgId = handlerOrgId;
        this.dueOn = dueOn;
        this.reminderSentAt = null; // a new deadline: remind again
        this.overdueSentAt = null;
        return from;
    }

    MotionStatus reply(String answer, Instant now) {
        require("note", answer, 4000);
        MotionStatus from = status;
        status = MACHINE.next(status, REPLY);
        reply = answer;
        repliedAt = now;
        return from;
    }

    MotionStatus rate(Satisfaction verdict) {
        if (verdict == null) {
            throw InvalidInput.field("satisfaction", "congress.motion.satisfaction.required");
        }
        MotionStatus from = status;
        status = MACHINE.next(status, RATE);
        satisfaction = verdict;
        return from;
    }

    boolean isProposedBy(Long memberId) {
        return memberId != null && memberId.equals(proposerMemberId);
    }

    private static void require(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.field(field, "congress.field.required");
        }
        if (value.length() > max) {
            throw InvalidInput.field(field, "congress.field.tooLong");
        }
    }

    @Override
    public Long ownerMemberId() { return proposerMemberId; }

    /** What events say about this motion. */
    public MotionFacts facts() {
        return new MotionFacts(id, title, getOrgId(), proposerMemberId, proposerName, handlerOrgId, dueOn);
    }

    @Override
    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public Long getTermId() { return termId; }
    public Long getProposerMemberId() { return proposerMemberId; }
    public String getProposerName() { return proposerName; }
    public String getTitle() { return title; }
    public String getReason() { return reason; }
    public String getProposal() { return proposal; }
    public MotionStatus getStatus() { return status; }
    public String getDecisionNote() { return decisionNote; }
    public Long getHandlerOrgId() { return handlerOrgId; }
    public LocalDate getDueOn() { return dueOn; }
    public String getReply() { return reply; }
    public Instant getRepliedAt() { return repliedAt; }
    public Satisfaction getSatisfaction() { return satisfaction; }
    public Instant getSubmittedAt() { return submittedAt; }
    public long getVersion() { return version; }
}
