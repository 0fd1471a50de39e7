package org.workershome.homes;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.NotFound;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.scope.DataScope;

/**
 * The year's evaluation criteria, set for the whole country by the national union (a holder of the permission at
 * the root org, or an administrator of scope ALL). Fixed once an evaluation of the year is opened: points given
 * against a criterion must keep meaning what they meant.
 */
@Service
class CriteriaManagement {

    private final Criteria criteria;
    private final Evaluations evaluations;
    private final OrgDirectory orgs;
    private final Access access;
    private final AuditTrail audit;
    private final Clock clock;

    /** Criteria are national, not scoped, so the audit listener does not see them: their changes are recorded here. */
    CriteriaManagement(Criteria criteria, Evaluations evaluations, OrgDirectory orgs, Access access,
            AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.criteria = criteria;
        this.evaluations = evaluations;
        this.orgs = orgs;
        this.access = access;
        this.clock = clock;
    }

    boolean mayEdit(CurrentUser user) {
        return access.may(user, HomesModule.CRITERIA) && (user.dataScope() == DataScope.ALL
                || orgs.find(user.orgId()).map(OrgDirectory.OrgSummary::national).orElse(false));
    }

    private void requireEditor(CurrentUser user) {
        access.require(user, HomesModule.CRITERIA);
        if (!mayEdit(user)) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "homes.criteria.nationalOnly");
        }
    }

    @Transactional
    public Criterion add(CurrentUser user, int year, String name, Integer weight, Integer maxPoints) {
        requireEditor(user);
        requireOpen(year);
        int next = criteria.findByYearOrderBySortOrderAscIdAsc(year).size() + 1;
        Criterion added = criteria.save(new Criterion(year, next, name, weight, maxPoints, clock.instant()));
        audit.record("HOMES_CRITERION_ADD", "homes-criterion", added.getId(), null,
                year + " " + added.getName() + " " + added.getWeight() + "/" + added.getMaxPoints());
        return added;
    }

    @Transactional
    public void remove(CurrentUser user, Long id) {
        requireEditor(user);
        Criterion criterion = criteria.findById(id).orElseThrow(NotFound.of("criterion", id));
        requireOpen(criterion.getYear());
        criteria.delete(criterion);
        audit.record("HOMES_CRITERION_REMOVE", "homes-criterion", id, null, criterion.getYear() + " " + criterion.getName());
    }

    private void requireOpen(int year) {
        // read as the caller: evaluations are scoped, yet the editor is national (scope ALL or the root's subtree)
        if (evaluations.existsByYear(year)) {
            throw new Conflict("homes.criteria.inUse", String.valueOf(year));
        }
    }

    @Transactional(readOnly = true)
    public List<Criterion> of(int year) {
        return criteria.findByYearOrderBySortOrderAscIdAsc(year);
    }

    @Transactional(readOnly = true)
    public Map<Long, Criterion> byId(int year) {
        return of(year).stream().collect(Collectors.toMap(Criterion::getId, Function.identity()));
    }
}
