package org.workershome.competitions;

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

/**
 * A member's entry (alone, or leading a team) to a competition. Its org is the entrant's union, whose cadres approve
 * it; a worker sees his own entries, a judge the entries of the competitions he judges.
 */
@Entity
@Table(name = "competitions_entry")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId "
        + "or exists (select 1 from competitions_judge en_j where en_j.competition_id = competition_id "
        + "and en_j.member_id = :selfMemberId))")
public class Entry extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long competitionId;
    private Long memberId;
    private String teamName;
    private String teamMembers;
    @Enumerated(EnumType.STRING)
    private EntryStatus status;
    private Instant registeredAt;
    private Long registeredByAccountId;
    private Long decidedByAccountId;
    private Instant decidedAt;
    /** Whether the entry goes on to (or is in) the final: false once the preliminary's cut-off left it out. */
    private boolean finalist = true;
    /** The entry of a lower-level competition whose result brought the entrant here. */
    private Long promotedFromEntryId;
    @Version
    private long version;

    protected Entry() {}

    Entry(Competition competition, Long memberId, Long memberOrgId, String teamName, String teamMembers, Long by,
            Instant now) {
        this.competitionId = competition.getId();
        this.orgId = memberOrgId;
        this.memberId = memberId;
        this.teamName = teamName;
        this.teamMembers = teamMembers;
        this.status = EntryStatus.PENDING;
        this.registeredByAccountId = by;
        this.registeredAt = now;
    }

    void decide(boolean approve, Long by, Instant now) {
        if (status != EntryStatus.PENDING) {
            throw new Conflict("competition.error.entryDecided");
        }
        status = approve ? EntryStatus.APPROVED : EntryStatus.REJECTED;
        decidedByAccountId = by;
        decidedAt = now;
    }

    /** A winner of a lower level, entered by the organiser of this one: approved with it. */
    static Entry promoted(Competition competition, Entry from, Long by, Instant now) {
        Entry entry = new Entry(competition, from.getMemberId(), from.getOrgId(), from.getTeamName(),
                from.getTeamMembers(), by, now);
        entry.status = EntryStatus.APPROVED;
        entry.decidedByAccountId = by;
        entry.decidedAt = now;
        entry.promotedFromEntryId = from.getId();
        return entry;
    }

    void leaveOutOfFinal() {
        finalist = false;
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public Long getCompetitionId() { return competitionId; }
    public Long getMemberId() { return memberId; }
    public String getTeamName() { return teamName; }
    public String getTeamMembers() { return teamMembers; }
    public EntryStatus getStatus() { return status; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public boolean isFinalist() { return finalist; }
    public Long getPromotedFromEntryId() { return promotedFromEntryId; }
    public long getVersion() { return version; }
}
