package org.workershome.core.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.DataScope;
import org.workershome.core.scope.ScopedEntity;

/** A login. Belongs to an org, may be linked to one member, holds roles and a data scope. */
@Entity
@Table(name = "account")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
@org.springframework.modulith.NamedInterface("account")
public class Account extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    private String displayName;
    private Long memberId;
    @Enumerated(EnumType.STRING)
    private DataScope dataScope;
    private String email;
    private boolean enabled;
    private int failedLogins;
    private Instant lockedUntil;
    private Instant lastLoginAt;
    private Instant createdAt;
    private Instant passwordChangedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected Account() {}

    public Account(String username, String passwordHash, String displayName, Long orgId, Long memberId,
            DataScope dataScope, Set<Role> roles, String email, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.orgId = orgId;
        this.memberId = memberId;
        this.dataScope = dataScope;
        this.roles = new HashSet<>(roles);
        this.email = email;
        this.enabled = true;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    void update(String displayName, Long orgId, Long memberId, DataScope dataScope, Set<Role> roles, String email,
            boolean enabled) {
        this.displayName = displayName;
        this.orgId = orgId;
        this.memberId = memberId;
        this.dataScope = dataScope;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.email = email;
        this.enabled = enabled;
    }

    void unlock() {
        this.lockedUntil = null;
        this.failedLogins = 0;
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public String getDisplayName() { return displayName; }
    public Long getMemberId() { return memberId; }
    public DataScope getDataScope() { return dataScope; }
    public String getEmail() { return email; }
    public boolean isEnabled() { return enabled; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
    public long getVersion() { return version; }
}
