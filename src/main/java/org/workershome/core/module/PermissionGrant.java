package org.workershome.core.module;

import java.util.Set;

import org.workershome.core.account.Role;

/** A permission a module defines ({@code module:resource:action}) and the roles that hold it by default. */
public record PermissionGrant(String permission, Set<Role> defaultRoles) {

    public PermissionGrant {
        if (!permission.matches("[a-z]+:[a-z-]+:[a-z-]+")) {
            throw new IllegalArgumentException("permission is not module:resource:action: " + permission);
        }
        defaultRoles = Set.copyOf(defaultRoles);
    }

    public static PermissionGrant of(String permission, Role... defaultRoles) {
        return new PermissionGrant(permission, Set.of(defaultRoles));
    }
}
