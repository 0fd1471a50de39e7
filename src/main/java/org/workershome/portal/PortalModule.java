package org.workershome.portal;

import static org.workershome.core.account.Role.ADMIN;
import static org.workershome.core.account.Role.CADRE;
import static org.workershome.core.account.Role.CHIEF_EDITOR;
import static org.workershome.core.account.Role.EDITOR;

import java.util.List;

import org.springframework.stereotype.Component;
import org.workershome.core.module.ModuleManifest;
import org.workershome.core.module.NavEntry;
import org.workershome.core.module.PermissionGrant;

/** The news portal as the platform sees it: the newsroom entry, its permissions and the public pages. */
@Component
public class PortalModule implements ModuleManifest {

    /** Write and revise articles, import legacy articles, approve model deeds for editing. */
    public static final String WRITE = "portal:article:write";
    /** Approve, schedule, publish and withdraw articles and deeds (chief editor). */
    public static final String PUBLISH = "portal:article:publish";
    /** Edit channels, topics, friendly links and the leadership list. */
    public static final String ADMINISTER = "portal:site:admin";
    /** Nominate a worker or team for a model deed. */
    public static final String NOMINATE_DEED = "portal:deed:nominate";

    @Override
    public String name() {
        return "portal";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(NavEntry.requiring(WRITE, "portal.nav", "/editor", 150));
    }

    @Override
    public List<PermissionGrant> permissions() {
        return List.of(PermissionGrant.of(WRITE, EDITOR, CHIEF_EDITOR, ADMIN),
                PermissionGrant.of(PUBLISH, CHIEF_EDITOR, ADMIN),
                PermissionGrant.of(ADMINISTER, CHIEF_EDITOR, ADMIN),
                PermissionGrant.of(NOMINATE_DEED, CADRE, ADMIN));
    }

    /** The portal's pages need no sign-in; the editor's back office and API do. */
    @Override
    public List<String> publicPages() {
        return List.of("/channels/**", "/articles/**", "/topics/**", "/search", "/calendar/**", "/feed.xml",
                "/deeds/**", "/portal-images/**");
    }
}
