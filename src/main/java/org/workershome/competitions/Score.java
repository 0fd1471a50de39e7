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
import org.workershome.core.scope.ScopedEntity;

/** One judge's points for one entry on one rubric item in one stage (org: the entrant's); a judge sees his own. */
@Entity
@Table(name = "competitions_score")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or judge_member_id = :selfMemberId)")
public class Score extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long competitionId;
    private Long entryId;
    private Long judgeId;
    private Long judgeMemberId;
    private int itemPosition;
    @Enumerated(EnumType.STRING)
    private CompetitionStage stage;
    private int points;
    private Instant scoredAt;
    @Version
    private long version;

    protected Score() {}

    Score(Entry entry, Judge judge, int itemPosition, CompetitionStage stage, int points, Instant now) {
        this.orgId = entry.getOrgId();
        this.competitionId = entry.getCompetitionId();
        this.entryId = entry.getId();
        this.judgeId = judge.getId();
        this.judgeMemberId = judge.getMemberId();
        this.itemPosition = itemPosition;
        this.stage = stage;
        this.points = points;
        this.scoredAt = now;
    }

    /** A judge may correct his mark until the stage ends. */
    void change(int points, Instant now) {
        this.points = points;
        this.scoredAt = now;
    }

    @Override
    public Long ownerMemberId() {
        return judgeMemberId;
    }

    @Override
    public Long getId() { return id; }
    public Long getCompetitionId() { return competitionId; }
    public Long getEntryId() { return entryId; }
    public Long getJudgeId() { return judgeId; }
    public int getItemPosition() { return itemPosition; }
    public CompetitionStage getStage() { return stage; }
    public int getPoints() { return points; }
}
