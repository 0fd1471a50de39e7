package org.workershome.core.account;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.workershome.core.scope.DataScope;

/** What an administrator may change on an account. An unticked "enabled" box arrives as null: disabled. */
public record AccountEdit(
        @NotNull(message = "{account.orgId.required}") Long orgId,
        Set<Role> roles,
        @NotNull(message = "{account.dataScope.required}") DataScope dataScope,
        @Email(message = "{account.email.invalid}") @Size(max = 100, message = "{account.email.invalid}") String email,
        Boolean enabled) {

    public static AccountEdit from(Account account) {
        return new AccountEdit(account.getOrgId(), account.getRoles(), account.getDataScope(), account.getEmail(),
                account.isEnabled());
    }

    public Set<Role> roles() {
        return roles == null ? Set.of() : roles;
    }

    public boolean isEnabled() {
        return Boolean.TRUE.equals(enabled);
    }
}
