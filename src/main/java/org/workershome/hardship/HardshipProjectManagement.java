package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.org.OrgDirectory;

/** Projects (帮扶项目): applied for by an org that has a level above, decided there, completed by the org. */
@Service
public class HardshipProjectManagement {

    private final HardshipProjects projects;
    private final Aids aids;
    private final FundReconciliation reconciliation;
    private final HardshipFileAccess fileAccess;
    private final OrgDirectory orgDirectory;
    private final Access access;
    private final Clock clock;

    HardshipProjectManagement(HardshipProjects projects, Aids aids, FundReconciliation reconciliation,
            HardshipFileAccess fileAccess, OrgDirectory orgDirectory, Access access, Clock clock) {
        this.projects = projects;
        this.aids = aids;
        this.reconciliation = reconciliation;
        this.fileAccess = fileAccess;
        this.orgDirectory = orgDirectory;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public HardshipProject applyProject(CurrentUser user, String name, AidType kind, String description,
            BigDecimal budget) {
        access.require(user, HardshipModule.MANAGE_FUNDS);
        Map<String, String> errors = new LinkedHashMap<>();
        if (Input.blankToNull(name) == null || name.strip().length() > 100) {
            errors.put("name", "hardship.project.name.required");
        }
        if (kind == null) {
            errors.put("kind", "hardship.aidType.required");
        }
        BigDecimal money = budget == null ? null : Money.positive(budget);
        if (budget != null && money == null) {
            errors.put("budget", "hardship.amount.invalid");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        // the national union (path /1/) has no level above to approve
        if (orgDirectory.find(user.orgId()).map(o -> o.path().chars().filter(c -> c == '/').count() <= 2).orElse(true)) {
            throw new Conflict("hardship.project.topLevel");
        }
        return projects.save(new HardshipProject(user.orgId(), name.strip(), kind, Input.blankToNull(description), money,
                user.accountId(), clock.instant()));
    }

    /** Approve or reject (the level above the applying org), or complete (the applying org). */
    @Transactional
    public HardshipProject decideProject(CurrentUser user, Long id, HardshipProject.Action action, String note) {
        access.require(user, HardshipModule.MANAGE_FUNDS);
        HardshipProject project = project(id);
        if (action == null) {
            throw InvalidInput.field("action", "hardship.action.unknown");
        }
        access.require(user, HardshipModule.MANAGE_FUNDS, project.getOrgId());
        if (action != HardshipProject.Action.COMPLETE && !fileAccess.isStrictlyBelow(project.getOrgId(), user.orgId())) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "hardship.error.approveByParent");
        }
        project.decide(action, user.accountId(), Input.blankToNull(note), clock.instant());
        return project;
    }

    @Transactional(readOnly = true)
    public List<HardshipProject> projectsInScope() {
        return projects.findAllByOrderByAppliedAtDesc();
    }

    @Transactional(readOnly = true)
    public HardshipProject project(Long id) {
        return projects.findById(id).orElseThrow(NotFound.of("project", id));
    }

    /** The households helped under a project, with masked names. */
    @Transactional(readOnly = true)
    public List<FundReconciliation.Beneficiary> beneficiaries(HardshipProject project) {
        return reconciliation.households(aids.findByProjectIdOrderById(project.getId()));
    }
}
