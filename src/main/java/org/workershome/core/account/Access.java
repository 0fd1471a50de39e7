package org.workershome.core.account;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.OutOfScope;
import org.workershome.core.scope.OrgPaths;
import org.workershome.core.scope.OrgScope;
import org.workershome.core.scope.Scopes;

/**
 * The one access check of every module: may this user do what a permission allows, for records of this org? The
 * permission comes from the user's roles, the org must lie in the user's data scope. The two refusals say different
 * things (403 "no permission for this" / 403 "outside your data scope"); a self-only account (a worker) acts for no
 * org, only for itself.
 */
@Component
@org.springframework.modulith.NamedInterface("account")
public class Access {

    private final Scopes scopes;
    private final OrgPaths orgPaths;

    Access(Scopes scopes, OrgPaths orgPaths) {
        this.scopes = scopes;
        this.orgPaths = orgPaths;
    }

    /** Whether the user holds the permission for records of this org. */
    public boolean may(CurrentUser user, String permission, Long orgId) {
        return user != null && user.hasPermission(permission) && covers(user, orgId);
    }

    /** Whether the user holds the permission, where no org is concerned (what a page offers). */
    public boolean may(CurrentUser user, String permission) {
        return user != null && user.hasPermission(permission);
    }

    /** Refuses unless the user holds the permission (403, "no permission"). */
    public void require(CurrentUser user, String permission) {
        if (user == null || !user.hasPermission(permission)) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "error.forbidden");
        }
    }

    /** Refuses unless the user holds the permission (403 "no permission") for an org in its scope (403 "out of scope"). */
    public void require(CurrentUser user, String permission, Long orgId) {
        require(user, permission);
        if (!covers(user, orgId)) {
            throw new OutOfScope();
        }
    }

    /** Whether the org lies in the user's data scope, acting for the org (so never for a self-only account). */
    public boolean covers(CurrentUser user, Long orgId) {
        OrgScope scope = scopes.of(user);
        if (scope.selfMemberId() != 0) {
            return false;
        }
        return scope.isAll() || orgPaths.pathOf(orgId).map(scope::includesPath).orElse(false);
    }
}
