package org.workershome.competitions;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;

/**
 * A judge appointed to a competition (org: the organiser's). {@code judgeOrgId} is the judge's own unit: he never
 * scores its entrants; the entries he declared a conflict of interest with he does not score either.
 */
@Entity
@Table(name = "competitions_judge")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class Judge extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long competitionId;
    private Long accountId;
    private Long memberId;
    private Long judgeOrgId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "competitions_conflict", joinColumns = @JoinColumn(name = "judge_id"))
    @Column(name = "entry_id")
    private Set<Long> conflicts = new HashSet<>();
    @Version
    private long version;

    protected Judge() {}

    Judge(Competition competition, Long accountId, Long memberId, Long judgeOrgId) {
        this.orgId = competition.getOrgId();
        this.competitionId = competition.getId();
        this.accountId = accountId;
        this.memberId = memberId;
        this.judgeOrgId = judgeOrgId;
    }

    void declareConflict(Long entryId) {
        conflicts.add(entryId);
    }

    boolean declaredConflictWith(Long entryId) {
        return conflicts.contains(entryId);
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public Long getCompetitionId() { return competitionId; }
    public Long getAccountId() { return accountId; }
    public Long getMemberId() { return memberId; }
    public Long getJudgeOrgId() { return judgeOrgId; }
    public Set<Long> getConflicts() { return Set.copyOf(conflicts); }
}
