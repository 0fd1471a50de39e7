package org.workershome.training.course;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.org.OrgDirectory;

/**
 * Who training is for: the subtree of the organising org. A cadre's scope lies below the organiser of a course or
 * session offered to him, so what is organised by his org and its ancestors is his to take as well.
 */
@Component
public class TrainingAudience {

    private final OrgDirectory orgs;

    TrainingAudience(OrgDirectory orgs) {
        this.orgs = orgs;
    }

    /** The signed-in user's org and its ancestors (empty without a user or an org). */
    public List<Long> aboveCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)
                || user.orgId() == null) {
            return List.of();
        }
        return orgs.selfAndAncestors(user.orgId()).stream().map(OrgDirectory.OrgSummary::id).toList();
    }
}
