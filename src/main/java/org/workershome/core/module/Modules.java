package org.workershome.core.module;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Role;
import org.workershome.core.account.RolePermissions;

/**
 * The platform's modules as their manifests declare them: the navigation a user sees, the pages anyone may open and
 * the permissions each role holds. A permission defined by two modules, or a name taken twice, stops the start.
 */
@Component
public class Modules implements RolePermissions {

    private final List<ModuleManifest> manifests;
    private final List<NavEntry> navigation;
    private final Map<Role, Set<String>> permissions = new EnumMap<>(Role.class);

    Modules(List<ModuleManifest> manifests) {
        this.manifests = List.copyOf(manifests);
        Map<String, String> owners = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Role role : Role.values()) {
            permissions.put(role, new HashSet<>());
        }
        for (ModuleManifest manifest : manifests) {
            if (!names.add(manifest.name())) {
                throw new IllegalStateException("two modules are named " + manifest.name());
            }
            for (PermissionGrant grant : manifest.permissions()) {
                String owner = owners.putIfAbsent(grant.permission(), manifest.name());
                if (owner != null) {
                    throw new IllegalStateException(grant.permission() + " is defined by " + owner + " and " + manifest.name());
                }
                grant.defaultRoles().forEach(role -> permissions.get(role).add(grant.permission()));
            }
        }
        permissions.replaceAll((role, granted) -> Set.copyOf(granted));
        this.navigation = manifests.stream().flatMap(m -> m.navigation().stream())
                .sorted(Comparator.comparingInt(NavEntry::order)).toList();
    }

    public List<ModuleManifest> manifests() {
        return manifests;
    }

    /** The entries this user may open, in order; none for a visitor. */
    public List<NavEntry> navigationFor(CurrentUser user) {
        if (user == null) {
            return List.of();
        }
        return navigation.stream().filter(e -> e.permission() == null || user.hasPermission(e.permission())).toList();
    }

    public String[] publicPages() {
        return manifests.stream().flatMap(m -> m.publicPages().stream()).toArray(String[]::new);
    }

    @Override
    public Set<String> of(Role role) {
        return permissions.get(role);
    }
}
