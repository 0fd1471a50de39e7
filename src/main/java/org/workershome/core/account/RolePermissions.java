package org.workershome.core.account;

import java.util.Set;

/**
 * Which permissions a role holds. The modules define them (core's module manifests, see {@code core.module}); this
 * package only asks, so that accounts do not depend on the modules.
 */
public interface RolePermissions {

    Set<String> of(Role role);
}
