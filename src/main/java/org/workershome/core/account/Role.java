package org.workershome.core.account;

/**
 * Roles an account can hold. Which permissions each grants, the modules declare in their manifests
 * ({@code core.module.PermissionGrant}); {@link RolePermissions} answers it.
 */
@org.springframework.modulith.NamedInterface("account")
public enum Role {
    WORKER,
    REPRESENTATIVE,
    CADRE,
    EDITOR,
    CHIEF_EDITOR,
    JUDGE,
    MEDIATOR,
    LIBRARIAN,
    ADMIN
}
