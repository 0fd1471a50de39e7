package org.workershome.hardship;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;

/** A cadre's visit to the household: the home visit that verifies a file, a review visit, or a pairing visit. */
@Entity
@Table(name = "hardship_visit")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class HardshipVisit extends ScopedEntity {

    public enum Kind { HOME_VISIT, REVIEW, PAIRING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long fileId;
    private Long memberId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private LocalDate visitedOn;
    private Long visitorAccountId;
    private String visitorName;
    private String note;
    private Instant recordedAt;

    protected HardshipVisit() {}

    HardshipVisit(HardshipFile file, Kind kind, LocalDate visitedOn, Long visitorAccountId, String visitorName,
            String note, Instant now) {
        this.fileId = file.getId();
        this.orgId = file.getOrgId();
        this.memberId = file.getMemberId();
        this.kind = kind;
        this.visitedOn = visitedOn;
        this.visitorAccountId = visitorAccountId;
        this.visitorName = visitorName;
        this.note = note;
        this.recordedAt = now;
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public Long getFileId() { return fileId; }
    public Kind getKind() { return kind; }
    public LocalDate getVisitedOn() { return visitedOn; }
    public Long getVisitorAccountId() { return visitorAccountId; }
    public String getVisitorName() { return visitorName; }
    public String getNote() { return note; }
    public Instant getRecordedAt() { return recordedAt; }
}
