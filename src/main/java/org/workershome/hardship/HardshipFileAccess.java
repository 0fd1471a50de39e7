package org.workershome.hardship;

import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Permissions;
import org.workershome.core.error.NotFound;
import org.workershome.core.org.OrgDirectory;

/**
 * Who may see and handle a file, in one place: a file is loaded in the caller's scope (404 when invisible), and
 * handling it is {@link Access} with {@link HardshipModule#HANDLE} for the file's org.
 */
@Component
class HardshipFileAccess {

    private final HardshipFiles files;
    private final Access access;
    private final OrgDirectory orgDirectory;

    HardshipFileAccess(HardshipFiles files, Access access, OrgDirectory orgDirectory) {
        this.files = files;
        this.access = access;
        this.orgDirectory = orgDirectory;
    }

    @Transactional(readOnly = true)
    public HardshipFile get(Long id) {
        return find(id).orElseThrow(NotFound.of("hardshipFile", id));
    }

    /** The file if the caller may read it. */
    @Transactional(readOnly = true)
    public Optional<HardshipFile> find(Long id) {
        // the scope filter alone would show the files of the org to any account scoped on it (a mediator, an
        // editor...): only handlers, or the worker whose file it is, may read one
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return files.findById(id).filter(file -> !(auth != null && auth.getPrincipal() instanceof CurrentUser user
                && !user.hasPermission(HardshipModule.HANDLE) && !file.belongsTo(user.memberId())));
    }

    /** A handler: the handle permission and the file's org in the caller's scope (its org or above). */
    public boolean mayHandle(CurrentUser user, HardshipFile file) {
        return access.may(user, HardshipModule.HANDLE, file.getOrgId());
    }

    /** A handler who may also see the full personal data (the member-personal permission). */
    public boolean mayReveal(CurrentUser user, HardshipFile file) {
        return mayHandle(user, file) && user.hasPermission(Permissions.MEMBER_PERSONAL);
    }

    /** An approver: a handler at a level strictly above the file's org (the level above approves). */
    public boolean mayApprove(CurrentUser user, HardshipFile file) {
        return mayHandle(user, file) && isStrictlyBelow(file.getOrgId(), user.orgId());
    }

    /** Whether {@code orgId} lies below {@code ancestorId} (not the org itself). */
    boolean isStrictlyBelow(Long orgId, Long ancestorId) {
        return orgId != null && ancestorId != null && !orgId.equals(ancestorId)
                && orgDirectory.isWithin(orgId, ancestorId);
    }
}
