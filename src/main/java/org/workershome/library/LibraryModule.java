package org.workershome.library;

import static org.workershome.core.account.Role.ADMIN;
import static org.workershome.core.account.Role.LIBRARIAN;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.workershome.core.module.ModuleManifest;
import org.workershome.core.module.NavEntry;
import org.workershome.core.module.PermissionGrant;

/** The e-library as the platform sees it: the catalogue for every signed-in user, and the librarians' permission. */
@Component
@EnableConfigurationProperties(LibraryProperties.class)
public class LibraryModule implements ModuleManifest {

    /** Upload, edit and remove books of one's scope. */
    public static final String MANAGE = "library:book:manage";

    @Override
    public String name() {
        return "library";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(NavEntry.forEveryone("nav.library", "/library", 60));
    }

    @Override
    public List<PermissionGrant> permissions() {
        return List.of(PermissionGrant.of(MANAGE, LIBRARIAN, ADMIN));
    }

    @Override
    public List<String> publicPages() {
        return List.of();
    }
}
