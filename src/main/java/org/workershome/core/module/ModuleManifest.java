package org.workershome.core.module;

import java.util.List;

/**
 * What a module adds to the platform, declared by the module itself as one bean: its navigation entries, its
 * permissions (with the roles that hold them by default) and the pages anyone may open. Core renders and enforces
 * all of them without knowing the module; its message bundle is {@code i18n/<name>.properties} (found on the
 * class path), its {@code /me} block a {@link MeSection} bean. Adding a module therefore edits no file of core.
 */
public interface ModuleManifest {

    /** The module's name, e.g. {@code appeals}; also the base name of its message bundle. */
    String name();

    default List<NavEntry> navigation() {
        return List.of();
    }

    default List<PermissionGrant> permissions() {
        return List.of();
    }

    /** Ant-style patterns of pages anyone may open, signed in or not, e.g. {@code /appeals/track}. */
    default List<String> publicPages() {
        return List.of();
    }
}
