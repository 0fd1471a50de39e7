package org.workershome.core.member;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.crypto.EncryptedString;
import org.workershome.core.crypto.Masks;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.error.Conflict;

/** A real-name union member, registered in one grassroots org. ID number and phone are encrypted at rest. */
@Entity
@Table(name = "member")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or id = :selfMemberId)")
@org.springframework.modulith.NamedInterface("member")
public class Member extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Convert(converter = EncryptedString.class)
    @Column(name = "id_number")
    private String idNumber;
    /** Keyed hash of the ID number: finds a member by it and keeps it unique without decrypting. */
    private String idNumberHash;
    @Convert(converter = EncryptedString.class)
    private String phone;
    private LocalDate birthDate;
    private LocalDate joinDate;
    private String job;
    @Enumerated(EnumType.STRING)
    private MemberStatus status;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Member() {}

    public Member(Long orgId, String name, Gender gender, IdCardNumber idNumber, String idNumberHash, String phone,
            LocalDate joinDate, String job, Instant now) {
        this.orgId = orgId;
        this.name = name;
        this.gender = gender;
        this.idNumber = idNumber.value();
        this.idNumberHash = idNumberHash;
        this.birthDate = idNumber.birthDate();
        this.phone = phone;
        this.joinDate = joinDate;
        this.job = job;
        this.status = MemberStatus.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void edit(String name, Gender gender, String phone, LocalDate joinDate, String job, MemberStatus status, Instant now) {
        this.name = name;
        this.gender = gender;
        this.phone = phone;
        this.joinDate = joinDate;
        this.job = job;
        this.status = status;
        this.updatedAt = now;
    }

    /** Moves the member to another org; the caller records the transfer. */
    public void transferTo(Long newOrgId, Instant now) {
        if (newOrgId.equals(orgId)) {
            throw new Conflict("member.error.sameOrg");
        }
        if (status != MemberStatus.ACTIVE) {
            throw new Conflict("member.error.notActive");
        }
        this.orgId = newOrgId;
        this.updatedAt = now;
    }

    @Override
    public Long ownerMemberId() {
        return id;
    }

    @Override
    public Long getId() { return id; }
    public String getName() { return name; }
    public Gender getGender() { return gender; }
    /** The full ID number: show only to roles that need it, and audit the view. */
    public String getIdNumber() { return idNumber; }
    public String getIdNumberMasked() { return Masks.idNumber(idNumber); }
    public String getIdNumberHash() { return idNumberHash; }
    /** The full phone number: show only to roles that need it, and audit the view. */
    public String getPhone() { return phone; }
    public String getPhoneMasked() { return Masks.phone(phone); }
    public LocalDate getBirthDate() { return birthDate; }
    public LocalDate getJoinDate() { return joinDate; }
    public String getJob() { return job; }
    public MemberStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
