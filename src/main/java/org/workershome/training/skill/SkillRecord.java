package org.workershome.training.skill;

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
import org.workershome.core.scope.ScopedEntity;

/** A worker's skill level in one occupation, as a cadre of his unit recorded it (org: the worker's unit). */
@Entity
@Table(name = "training_skill")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class SkillRecord extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long memberId;
    private String occupation;
    @Enumerated(EnumType.STRING)
    private SkillLevel level;
    private LocalDate recordedOn;
    private Long recordedByAccountId;
    private String note;
    @Version
    private long version;

    protected SkillRecord() {}

    SkillRecord(Long orgId, Long memberId, String occupation) {
        this.orgId = orgId;
        this.memberId = memberId;
        this.occupation = occupation;
    }

    void set(SkillLevel level, LocalDate on, Long by, String note) {
        this.level = level;
        this.recordedOn = on;
        this.recordedByAccountId = by;
        this.note = note;
    }

    @Override
    public Long getId() { return id; }
    public Long getMemberId() { return memberId; }
    public String getOccupation() { return occupation; }
    public SkillLevel getLevel() { return level; }
    public LocalDate getRecordedOn() { return recordedOn; }
    public String getNote() { return note; }
}
