package org.workershome.competitions;

import java.time.Instant;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.Conflict;
import org.workershome.core.scope.ScopedEntity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An entrant's appeal of his final score (成绩申诉), lodged during the review: the organiser upholds it (and reopens
 * scoring for the judges to mark again) or dismisses it, with a reply either way. Its org is the entry's union.
 */
@Entity
@Table(name = "competitions_score_appeal")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class ScoreAppeal extends ScopedEntity {

    public enum Status { LODGED, UPHELD, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long competitionId;
    private Long entryId;
    private Long memberId;
    private String reason;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String reply;
    private Instant lodgedAt;
    private Instant decidedAt;
    private Long decidedByAccountId;
    @Version
    private long version;

    protected ScoreAppeal() {}

    ScoreAppeal(Entry entry, String reason, Instant now) {
        this.orgId = entry.getOrgId();
        this.competitionId = entry.getCompetitionId();
        this.entryId = entry.getId();
        this.memberId = entry.getMemberId();
        this.reason = reason;
        this.status = Status.LODGED;
        this.lodgedAt = now;
    }

    void decide(boolean upheld, String reply, Long by, Instant now) {
        if (status != Status.LODGED) {
            throw new Conflict("competition.appeal.error.decided");
        }
        this.status = upheld ? Status.UPHELD : Status.DISMISSED;
        this.reply = reply;
        this.decidedByAccountId = by;
        this.decidedAt = now;
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public Long getCompetitionId() { return competitionId; }
    public Long getEntryId() { return entryId; }
    public Long getMemberId() { return memberId; }
    public String getReason() { return reason; }
    public Status getStatus() { return status; }
    public String getReply() { return reply; }
    public Instant getLodgedAt() { return lodgedAt; }
    public Instant getDecidedAt() { return decidedAt; }
}
