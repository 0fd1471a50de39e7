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

    /**
     * The self filter of what is organised for a subtree (courses, sessions): a worker sees it when his member's org
     * lies below the organiser ({@code org_id}); columns in the sub-selects qualified.
     */
    public static final String SELF_FILTER = "(:selfMemberId = 0 or "
            + "(select ta_o.path from org ta_o where ta_o.id = "
            + "(select ta_m.org_id from member ta_m where ta_m.id = :selfMemberId)) "
            + "like concat((select ta_c.path from org ta_c where ta_c.id = org_id), '%'))";

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
