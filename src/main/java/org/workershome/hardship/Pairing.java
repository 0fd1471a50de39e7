package org.workershome.hardship;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;

/** 结对帮扶: a cadre paired with a household's file; visits of the pairing are {@link HardshipVisit}s of kind PAIRING. */
@Entity
@Table(name = "hardship_pairing")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class Pairing extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long fileId;
    private Long memberId;
    private Long cadreAccountId;
    private String cadreName;
    private LocalDate startedOn;
    private LocalDate endedOn;

    protected Pairing() {}

    Pairing(HardshipFile file, Long cadreAccountId, String cadreName, LocalDate startedOn) {
        this.fileId = file.getId();
        this.orgId = file.getOrgId();
        this.memberId = file.getMemberId();
        this.cadreAccountId = cadreAccountId;
        this.cadreName = cadreName;
        this.startedOn = startedOn;
    }

    void end(LocalDate on) {
        endedOn = on;
    }

    boolean isActive() {
        return endedOn == null;
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public Long getFileId() { return fileId; }
    public Long getCadreAccountId() { return cadreAccountId; }
    public String getCadreName() { return cadreName; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getEndedOn() { return endedOn; }
}
