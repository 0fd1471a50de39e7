package org.workershome.core.account;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.workershome.core.scope.DataScope;

/** What an administrator fills in to open an account. */
public record AccountDraft(
        @NotBlank(message = "{account.username.required}")
        @Pattern(regexp = "^$|^[A-Za-z0-9._-]{3,50}$", message = "{account.username.pattern}") String username,
        @NotBlank(message = "{account.displayName.required}") @Size(max = 50, message = "{account.displayName.size}") String displayName,
        @NotNull(message = "{account.orgId.required}") Long orgId,
        Long memberId,
        Set<Role> roles,
        @NotNull(message = "{account.dataScope.required}") DataScope dataScope,
        @Email(message = "{account.email.invalid}") @Size(max = 100, message = "{account.email.invalid}") String email,
        @NotBlank(message = "{account.password.required}") String password) {

    public Set<Role> roles() {
        return roles == null ? Set.of() : roles;
    }
}
