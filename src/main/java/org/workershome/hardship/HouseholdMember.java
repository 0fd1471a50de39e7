package org.workershome.hardship;

import java.math.BigDecimal;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.crypto.EncryptedString;
import org.workershome.core.crypto.Masks;
import org.workershome.core.scope.ScopedEntity;

/** One person of the household of a file: name, health and income are encrypted; lists show them masked. */
@Entity
@Table(name = "hardship_household_member")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class HouseholdMember extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long fileId;
    private Long memberId;
    @Convert(converter = EncryptedString.class)
    private String name;
    private String relation;
    private Integer age;
    @Convert(converter = EncryptedString.class)
    private String health;
    private String work;
    @Convert(converter = EncryptedString.class)
    private String monthlyIncome;

    protected HouseholdMember() {}

    HouseholdMember(HardshipFile file, String name, String relation, Integer age, String health, String work,
            BigDecimal monthlyIncome) {
        this.fileId = file.getId();
        this.orgId = file.getOrgId();
        this.memberId = file.getMemberId();
        this.name = name;
        this.relation = relation;
        this.age = age;
        this.health = health;
        this.work = work;
        this.monthlyIncome = monthlyIncome == null ? null : monthlyIncome.toPlainString();
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public Long getFileId() { return fileId; }
    public String getNameMasked() { return Masks.name(name); }
    String getName() { return name; }
    public String getRelation() { return relation; }
    public Integer getAge() { return age; }
    String getHealth() { return health; }
    public String getWork() { return work; }
    BigDecimal getMonthlyIncome() { return monthlyIncome == null ? null : new BigDecimal(monthlyIncome); }
}
