package org.workershome.core.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.workershome.core.scope.DataScope;
import org.workershome.core.scope.ScopedPrincipal;

/** The signed-in account, as kept in the session (serialised by Spring Session JDBC). */
@org.springframework.modulith.NamedInterface("account")
public final class CurrentUser implements UserDetails, CredentialsContainer, ScopedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long accountId;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Long orgId;
    private final Long memberId;
    private final DataScope dataScope;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private final java.time.Instant passwordChangedAt;
    /** Taken from the roles at sign-in; a session of an older build has none until the user signs in again. */
    private final Set<String> permissions;

    CurrentUser(Account account, boolean locked, RolePermissions rolePermissions) {
        this.accountId = account.getId();
        this.username = account.getUsername();
        this.passwordHash = account.getPasswordHash();
        this.displayName = account.getDisplayName();
        this.orgId = account.getOrgId();
        this.memberId = account.getMemberId();
        this.dataScope = account.getDataScope();
        this.roles = Set.copyOf(account.getRoles());
        this.enabled = account.isEnabled();
        this.locked = locked;
        this.passwordChangedAt = account.getPasswordChangedAt() != null ? account.getPasswordChangedAt()
                : account.getCreatedAt();
        Set<String> granted = new java.util.HashSet<>();
        roles.forEach(role -> granted.addAll(rolePermissions.of(role)));
        this.permissions = Set.copyOf(granted);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : roles) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        }
        permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
        return authorities;
    }

    /** Whether one of the account's roles grants this permission (a {@link Permissions} string). */
    public boolean hasPermission(String permission) {
        return permissions().contains(permission);
    }


    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override public Long accountId() { return accountId; }
    @Override public Long orgId() { return orgId; }
    @Override public Long memberId() { return memberId; }
    @Override public DataScope dataScope() { return dataScope; }
    public String displayName() { return displayName; }
    public Set<Role> roles() { return roles; }
    /** When the password was set, as read at sign-in (see {@link PasswordAge}). */
    public java.time.Instant passwordChangedAt() { return passwordChangedAt; }
    public Set<String> permissions() { return permissions == null ? Set.of() : permissions; }

    @Override public String getPassword() { return passwordHash; }
    @Override public String getUsername() { return username; }
    @Override public boolean isAccountNonLocked() { return !locked; }
    @Override public boolean isEnabled() { return enabled; }

    @Override
    public void eraseCredentials() {
        this.passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentUser other && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
