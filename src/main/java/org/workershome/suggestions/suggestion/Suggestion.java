package org.workershome.suggestions.suggestion;

import static org.workershome.suggestions.suggestion.SuggestionAction.*;
import static org.workershome.suggestions.suggestion.SuggestionStatus.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;
import org.workershome.core.workflow.StateMachine;

/**
 * A suggestion (合理化建议) of a member or a team, for the committee of its org. A worker sees his own, and the adopted
 * suggestions of the unions above his own (the public list); cadres see their scope's.
 */
@Entity
@Table(name = "suggestions_suggestion")
@Filter(name = ScopedEntity.SELF_FILTER, condition = Suggestion.AUDIENCE)
public class Suggestion extends ScopedEntity {

    static final String AUDIENCE = "(:selfMemberId = 0 or member_id = :selfMemberId or "
            + "(status in ('ADOPTED', 'IMPLEMENTING', 'IMPLEMENTED') and " + SelfFilters.MEMBER_BELOW_ORG + "))";

    static final StateMachine<SuggestionStatus, SuggestionAction> MACHINE = StateMachine
            .of(SuggestionStatus.class, SuggestionAction.class)
            .allow(ADOPT, SUBMITTED, ADOPTED)
            .allow(REJECT, SUBMITTED, NOT_ADOPTED)
            .allow(MERGE, SUBMITTED, MERGED)
            .allow(ASSIGN, ADOPTED, IMPLEMENTING)
            .allow(COMPLETE, IMPLEMENTING, IMPLEMENTED)
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long memberId;
    private String proposerName;
    private String teamMembers;
    private String title;
    private String problem;
    private String proposal;
    private String expectedBenefit;
    @Enumerated(EnumType.STRING)
    private SuggestionSource source;
    private Long motionId;
    @Enumerated(EnumType.STRING)
    private SuggestionStatus status;
    private Long mergedIntoId;
    private String decisionNote;
    private Instant decidedAt;
    private String ownerName;
    private LocalDate dueOn;
    private LocalDate overdueNotifiedOn;
    private Instant implementedAt;
    private BigDecimal moneySaved;
    private BigDecimal hoursSaved;
    private BigDecimal emissionsCut;
    private String safetyGain;
    private BigDecimal rewardAmount;
    private String rewardNote;
    private Instant submittedAt;
    private Long submittedByAccountId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "suggestions_score", joinColumns = @JoinColumn(name = "suggestion_id"))
    private List<Score> scores = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "suggestions_transfer", joinColumns = @JoinColumn(name = "suggestion_id"))
    @OrderColumn(name = "position")
    private List<Transfer> transfers = new ArrayList<>();
    @Version
    private long version;

    protected Suggestion() {}

    /** What a proposer writes; {@code teamMembers} names the team's other members (blank for one person). */
    public record Draft(String title, String problem, String proposal, String expectedBenefit, String teamMembers) {}

    Suggestion(Long orgId, Long memberId, String proposerName, Draft draft, SuggestionSource source, Long motionId,
            Long byAccountId, Instant now) {
        this.orgId = orgId;
        this.memberId = memberId;
        this.proposerName = proposerName;
        this.title = draft.title();
        this.problem = draft.problem();
        this.proposal = draft.proposal();
        this.expectedBenefit = draft.expectedBenefit() == null ? "" : draft.expectedBenefit();
        this.teamMembers = draft.teamMembers() == null || draft.teamMembers().isBlank() ? null : draft.teamMembers();
        this.source = source;
        this.motionId = motionId;
        this.status = SUBMITTED;
        this.submittedByAccountId = byAccountId;
        this.submittedAt = now;
    }

    void score(Long accountId, String name, int innovation, int feasibility, int benefit, Instant now) {
        if (status != SUBMITTED) {
            throw new Conflict("suggestions.error.notOpen");
        }
        for (int mark : new int[] {innovation, feasibility, benefit}) {
            if (mark < 1 || mark > 10) {
                throw InvalidInput.field("marks", "suggestions.score.range");
            }
        }
        if (scores.stream().anyMatch(s -> s.getAccountId().equals(accountId))) {
            throw new Conflict("suggestions.error.alreadyScored");
        }
        scores.add(new Score(accountId, name, innovation, feasibility, benefit, now));
    }

    /** Adopting needs at least {@code minScores} committee marks; the note is the committee's conclusion. */
    SuggestionStatus adopt(String note, int minScores, Instant now) {
        if (scores.size() < minScores) {
            throw new Conflict("suggestions.error.scoresNeeded", minScores);
        }
        return decide(ADOPT, note, now);
    }

    SuggestionStatus reject(String note, Instant now) {
        if (note == null || note.isBlank()) {
            throw InvalidInput.field("note", "suggestions.decision.reasonRequired");
        }
        return decide(REJECT, note, now);
    }

    SuggestionStatus mergeInto(Suggestion other, String note, Instant now) {
        if (other.id.equals(id) || !other.orgId.equals(orgId) || other.status == MERGED || other.status == NOT_ADOPTED) {
            throw InvalidInput.field("mergedIntoId", "suggestions.merge.target");
        }
        SuggestionStatus from = decide(MERGE, note, now);
        this.mergedIntoId = other.id;
        return from;
    }

    private SuggestionStatus decide(SuggestionAction action, String note, Instant now) {
        SuggestionStatus from = status;
        status = MACHINE.next(status, action);
        decisionNote = note == null || note.isBlank() ? null : note.strip();
        decidedAt = now;
        return from;
    }

    SuggestionStatus assign(String owner, LocalDate due, LocalDate today) {
        if (owner == null || owner.isBlank() || owner.length() > 50) {
            throw InvalidInput.field("ownerName", "suggestions.owner.required");
        }
        if (due == null || due.isBefore(today)) {
            throw InvalidInput.field("dueOn", "suggestions.dueOn.future");
        }
        SuggestionStatus from = status;
        status = MACHINE.next(status, ASSIGN);
        ownerName = owner.strip();
        dueOn = due;
        return from;
    }

    /** The measured benefit: none negative, and at least one of them (or a safety gain) given. */
    SuggestionStatus complete(Benefit benefit, Instant now) {
        if (benefit.isEmpty()) {
            throw InvalidInput.field("moneySaved", "suggestions.benefit.required");
        }
        SuggestionStatus from = status;
        status = MACHINE.next(status, COMPLETE);
        moneySaved = benefit.moneySaved();
        hoursSaved = benefit.hoursSaved();
        emissionsCut = benefit.emissionsCut();
        safetyGain = benefit.safetyGain();
        implementedAt = now;
        return from;
    }

    void reward(BigDecimal amount, String note) {
        if (!status.adopted()) {
            throw new Conflict("suggestions.error.notAdopted");
        }
        if (amount == null || amount.signum() <= 0 || amount.compareTo(new BigDecimal("1000000")) > 0) {
            throw InvalidInput.field("rewardAmount", "suggestions.reward.amount");
        }
        rewardAmount = amount.setScale(2, RoundingMode.HALF_UP);
        rewardNote = note == null || note.isBlank() ? null : note.strip();
    }

    void transfer(TransferKind kind, String reference, String note, LocalDate on) {
        if (status != IMPLEMENTED) {
            throw new Conflict("suggestions.error.notImplemented");
        }
        if (kind == null || reference == null || reference.isBlank() || reference.length() > 200 || on == null) {
            throw InvalidInput.field("reference", "suggestions.transfer.required");
        }
        transfers.add(new Transfer(kind, reference.strip(), note == null || note.isBlank() ? null : note.strip(), on));
    }

    /** Implementation past its deadline, not yet reminded today. */
    boolean remindDue(LocalDate today) {
        return status == IMPLEMENTING && dueOn != null && dueOn.isBefore(today)
                && (overdueNotifiedOn == null || overdueNotifiedOn.isBefore(today));
    }

    void reminded(LocalDate today) {
        overdueNotifiedOn = today;
    }

    public boolean isOverdue(LocalDate today) {
        return status == IMPLEMENTING && dueOn != null && dueOn.isBefore(today);
    }

    /** The mean of the committee's totals (out of 30), null before the first mark. */
    public BigDecimal getMeanScore() {
        if (scores.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(scores.stream().mapToInt(Score::total).sum())
                .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
    }

    public boolean isTeam() {
        return teamMembers != null;
    }

    public boolean isProposedBy(Long member) {
        return member != null && member.equals(memberId);
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public Long getMemberId() { return memberId; }
    public String getProposerName() { return proposerName; }
    public String getTeamMembers() { return teamMembers; }
    public String getTitle() { return title; }
    public String getProblem() { return problem; }
    public String getProposal() { return proposal; }
    public String getExpectedBenefit() { return expectedBenefit; }
    public SuggestionSource getSource() { return source; }
    public Long getMotionId() { return motionId; }
    public SuggestionStatus getStatus() { return status; }
    public Long getMergedIntoId() { return mergedIntoId; }
    public String getDecisionNote() { return decisionNote; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getOwnerName() { return ownerName; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getImplementedAt() { return implementedAt; }
    public BigDecimal getMoneySaved() { return moneySaved; }
    public BigDecimal getHoursSaved() { return hoursSaved; }
    public BigDecimal getEmissionsCut() { return emissionsCut; }
    public String getSafetyGain() { return safetyGain; }
    public BigDecimal getRewardAmount() { return rewardAmount; }
    public String getRewardNote() { return rewardNote; }
    public Instant getSubmittedAt() { return submittedAt; }
    public List<Score> getScores() { return List.copyOf(scores); }
    public List<Transfer> getTransfers() { return List.copyOf(transfers); }
    public long getVersion() { return version; }
}
