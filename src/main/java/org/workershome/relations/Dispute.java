package org.workershome.relations;

import static org.workershome.relations.Dispute.Status.AGREED;
import static org.workershome.relations.Dispute.Status.IN_MEDIATION;
import static org.workershome.relations.Dispute.Status.REFERRED;
import static org.workershome.relations.Dispute.Status.REGISTERED;
import static org.workershome.relations.Dispute.Status.WITHDRAWN;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.crypto.EncryptedString;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.member.IdCardNumber;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.workflow.StateMachine;

/**
 * A labour dispute (劳动争议) taken in for mediation: registered, assigned to a mediator, mediated in sessions, and
 * ended by an agreement (调解协议), by failure — referred to arbitration — or by withdrawal; an agreement is followed
 * up (履行回访) and, not performed, may still go to arbitration. A worker sees the disputes he is the party of.
 */
@Entity
@Table(name = "relations_dispute")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or worker_member_id = :selfMemberId)")
public class Dispute extends ScopedEntity {

    public enum Status { REGISTERED, IN_MEDIATION, AGREED, REFERRED, WITHDRAWN }

    public enum Action { REGISTER, ASSIGN, AGREE, FAIL, WITHDRAW, FOLLOW_UP, REFER }

    /** How the agreement was carried out, as the last follow-up visit found; null until one is recorded. */
    public enum Performance { PERFORMED, PARTLY, NOT_PERFORMED }

    public enum Cause { WAGES, SOCIAL_INSURANCE, CONTRACT, HOURS, SAFETY, RESTRUCTURING, OTHER }

    public enum Source { WALK_IN, APPEAL, REFERRAL, SCREENING }

    static final String TIMELINE = "relations-dispute";

    static final StateMachine<Status, Action> MACHINE = StateMachine.of(Status.class, Action.class)
            .allow(Action.ASSIGN, EnumSet.of(REGISTERED, IN_MEDIATION), IN_MEDIATION)
            .allow(Action.AGREE, IN_MEDIATION, AGREED)
            .allow(Action.FAIL, IN_MEDIATION, REFERRED)
            .allow(Action.WITHDRAW, EnumSet.of(REGISTERED, IN_MEDIATION), WITHDRAWN)
            .allow(Action.FOLLOW_UP, AGREED, AGREED)
            // an agreement not performed may go to arbitration (Labour Dispute Mediation and Arbitration Law, art. 15)
            .allow(Action.REFER, AGREED, REFERRED)
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String workerParty;
    private String employerParty;
    @Enumerated(EnumType.STRING)
    private Cause cause;
    @Enumerated(EnumType.STRING)
    private Source source;
    private String claims;
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant acceptedAt;
    private Instant dueAt;
    private Long mediatorAccountId;
    private String mediatorName;
    private String outcome;
    private Instant closedAt;
    private Long workerMemberId;
    @Convert(converter = EncryptedString.class)
    private String workerIdNumber;
    private Long appealId;
    private String appealTrackingNo;
    private BigDecimal agreedAmount;
    private String agreementCode;
    @Enumerated(EnumType.STRING)
    private Performance performance;
    @Version
    private long version;

    protected Dispute() {}

    /**
     * What a cadre registers; the amount claimed, the worker's ID number, the worker as a member (known when the
     * dispute comes from his appeal) and the appeal may be absent.
     */
    public record Draft(Long orgId, String workerParty, String employerParty, Cause cause, Source source, String claims,
            BigDecimal amount, String workerIdNumber, Long workerMemberId, Long appealId, String appealTrackingNo) {

        public Draft(Long orgId, String workerParty, String employerParty, Cause cause, Source source, String claims,
                BigDecimal amount) {
            this(orgId, workerParty, employerParty, cause, source, claims, amount, null, null, null, null);
        }
    }

    Dispute(Draft draft, Instant now, Instant dueAt) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (blankOrLonger(draft.workerParty(), 200)) {
            errors.put("workerParty", "relations.dispute.workerParty.required");
        }
        if (blankOrLonger(draft.employerParty(), 200)) {
            errors.put("employerParty", "relations.dispute.employerParty.required");
        }
        if (draft.cause() == null) {
            errors.put("cause", "relations.dispute.cause.required");
        }
        if (blankOrLonger(draft.claims(), 4000)) {
            errors.put("claims", "relations.dispute.claims.required");
        }
        if (draft.amount() != null && (draft.amount().signum() < 0 || draft.amount().scale() > 2
                || draft.amount().compareTo(new BigDecimal("100000000")) >= 0)) {
            errors.put("amount", "relations.dispute.amount.invalid");
        }
        String idNumber = draft.workerIdNumber() == null || draft.workerIdNumber().isBlank() ? null
                : IdCardNumber.parse(draft.workerIdNumber()).map(IdCardNumber::value).orElse(null);
        if (idNumber == null && draft.workerIdNumber() != null && !draft.workerIdNumber().isBlank()) {
            errors.put("workerIdNumber", "relations.dispute.workerIdNumber.invalid");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        this.orgId = draft.orgId();
        this.workerIdNumber = idNumber;
        this.workerMemberId = draft.workerMemberId();
        this.appealId = draft.appealId();
        this.appealTrackingNo = draft.appealTrackingNo();
        this.workerParty = draft.workerParty().strip();
        this.employerParty = draft.employerParty().strip();
        this.cause = draft.cause();
        this.source = draft.source() == null ? Source.WALK_IN : draft.source();
        this.claims = draft.claims().strip();
        this.amount = draft.amount();
        this.status = REGISTERED;
        this.acceptedAt = now;
        this.dueAt = dueAt;
    }

    private static boolean blankOrLonger(String value, int max) {
        return value == null || value.isBlank() || value.length() > max;
    }

    Status assign(Long accountId, String name) {
        Status from = move(Action.ASSIGN);
        this.mediatorAccountId = accountId;
        this.mediatorName = name;
        return from;
    }

    /** Agreement (its text required), failure (referred to arbitration) or withdrawal, with what was decided. */
    Status end(Action action, String text, Instant now) {
        if (action == Action.AGREE && blankOrLonger(text, 8000)) {
            throw InvalidInput.field("outcome", "relations.dispute.agreement.required");
        }
        if (text != null && text.length() > 8000) {
            throw InvalidInput.field("outcome", "relations.dispute.outcome.tooLong");
        }
        Status from = move(action);
        this.outcome = text == null || text.isBlank() ? null : text.strip();
        this.closedAt = now;
        return from;
    }

    /** The agreement: its terms, what the employer agreed to pay (may be absent) and the code that verifies it. */
    Status agree(String terms, BigDecimal agreed, String code, Instant now) {
        if (agreed != null && (agreed.signum() < 0 || agreed.scale() > 2
                || agreed.compareTo(new BigDecimal("100000000")) >= 0)) {
            throw InvalidInput.field("agreedAmount", "relations.dispute.amount.invalid");
        }
        Status from = end(Action.AGREE, terms, now);
        this.agreedAmount = agreed;
        this.agreementCode = code;
        return from;
    }

    /** What a follow-up visit found. */
    Status performed(Performance found) {
        Status from = move(Action.FOLLOW_UP);
        this.performance = found;
        return from;
    }

    /** An agreement found not performed, referred to arbitration at a party's request. */
    Status referAfterAgreement(String note) {
        if (performance != Performance.NOT_PERFORMED) {
            throw new org.workershome.core.error.Conflict("relations.dispute.referOnlyNotPerformed");
        }
        Status from = move(Action.REFER);
        // the agreement's date (closedAt) stays: it is the agreement's, printed on it
        this.outcome = note == null || note.isBlank() ? outcome : outcome + "\n\n" + note.strip();
        return from;
    }

    public boolean isAgreed() {
        return agreementCode != null;
    }

    private Status move(Action action) {
        Status from = status;
        status = MACHINE.next(status, action);
        return from;
    }

    public boolean isOpen() {
        return status == REGISTERED || status == IN_MEDIATION;
    }

    public boolean isOverdueAt(Instant now) {
        return isOpen() && dueAt.isBefore(now);
    }

    public boolean mayBeReferred() {
        return status == AGREED && performance == Performance.NOT_PERFORMED;
    }

    public java.util.Set<Action> actions() {
        return MACHINE.actionsFrom(status);
    }

    @Override
    public Long getId() { return id; }
    public String getWorkerParty() { return workerParty; }
    public String getEmployerParty() { return employerParty; }
    public Cause getCause() { return cause; }
    public Source getSource() { return source; }
    public String getClaims() { return claims; }
    public BigDecimal getAmount() { return amount; }
    public Status getStatus() { return status; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public Instant getDueAt() { return dueAt; }
    public Long getMediatorAccountId() { return mediatorAccountId; }
    public String getMediatorName() { return mediatorName; }
    public String getOutcome() { return outcome; }
    public Instant getClosedAt() { return closedAt; }
    public Long getWorkerMemberId() { return workerMemberId; }
    public String getWorkerIdNumber() { return workerIdNumber; }
    public Long getAppealId() { return appealId; }
    public String getAppealTrackingNo() { return appealTrackingNo; }
    public BigDecimal getAgreedAmount() { return agreedAmount; }
    public String getAgreementCode() { return agreementCode; }
    public Performance getPerformance() { return performance; }
}
