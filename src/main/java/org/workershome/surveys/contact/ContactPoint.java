package org.workershome.surveys.contact;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;

/** A grassroots unit (基层联系点) a higher-level cadre keeps in touch with: the unit, the cadre, his org. */
@Entity
@Table(name = "surveys_contact_point")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0)")
public class ContactPoint extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long cadreAccountId;
    private String cadreName;
    private Long cadreOrgId;
    private String note;
    private Instant createdAt;
    @Version
    private long version;

    protected ContactPoint() {}

    ContactPoint(Long orgId, Long cadreAccountId, String cadreName, Long cadreOrgId, String note, Instant now) {
        this.orgId = orgId;
        this.cadreAccountId = cadreAccountId;
        this.cadreName = cadreName;
        this.cadreOrgId = cadreOrgId;
        this.note = note;
        this.createdAt = now;
    }

    @Override public Long getId() { return id; }
    public Long getCadreAccountId() { return cadreAccountId; }
    public String getCadreName() { return cadreName; }
    public Long getCadreOrgId() { return cadreOrgId; }
    public String getNote() { return note; }
    public Instant getCreatedAt() { return createdAt; }
}
