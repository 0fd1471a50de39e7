package org.workershome.core.account;

import jakarta.validation.constraints.NotBlank;

/** A signed-in user changing their own password: the current one, and the new one twice. */
public record PasswordChange(
        @NotBlank(message = "{account.password.currentRequired}") String currentPassword,
        @NotBlank(message = "{account.password.required}") String newPassword,
        @NotBlank(message = "{account.password.required}") String repeatPassword) {

    static PasswordChange empty() {
        return new PasswordChange("", "", "");
    }
}
