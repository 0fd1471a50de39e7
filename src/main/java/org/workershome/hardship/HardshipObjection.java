package org.workershome.hardship;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;

/**
 * An objection raised during the public notice, by a member of the same org or recorded by a cadre. A worker sees
 * only the objections he raised himself (not those against his own file: the objector stays unknown to him).
 */
@Entity
@Table(name = "hardship_objection")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or raised_by_member_id = :selfMemberId)")
public class HardshipObjection extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long fileId;
    private Long raisedByAccountId;
    private Long raisedByMemberId;
    private String text;
    private Instant raisedAt;

    protected HardshipObjection() {}

    HardshipObjection(HardshipFile file, Long raisedByAccountId, Long raisedByMemberId, String text, Instant now) {
        this.fileId = file.getId();
        this.orgId = file.getOrgId();
        this.raisedByAccountId = raisedByAccountId;
        this.raisedByMemberId = raisedByMemberId;
        this.text = text;
        this.raisedAt = now;
    }

    @Override
    public Long ownerMemberId() {
        return raisedByMemberId;
    }

    @Override
    public Long getId() { return id; }
    public Long getFileId() { return fileId; }
    public Long getRaisedByAccountId() { return raisedByAccountId; }
    public String getText() { return text; }
    public Instant getRaisedAt() { return raisedAt; }
}
