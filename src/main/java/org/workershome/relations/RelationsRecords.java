package org.workershome.relations;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;

/**
 * The module's records as lists for the API and the exports — all of them in the reader's scope — and who may read
 * them: disputes their case handlers and mediators, warnings and risks the screening cadres, the statistics any of
 * them.
 */
@Service
class RelationsRecords {

    private final Disputes disputes;
    private final Warnings warnings;
    private final OrgRisks risks;
    private final Access access;

    RelationsRecords(Disputes disputes, Warnings warnings, OrgRisks risks, Access access) {
        this.disputes = disputes;
        this.warnings = warnings;
        this.risks = risks;
        this.access = access;
    }

    void requireDisputes(CurrentUser user) {
        if (!access.may(user, RelationsModule.MEDIATE)) {
            access.require(user, RelationsModule.DISPUTES);
        }
    }

    void requireReader(CurrentUser user) {
        if (!access.may(user, RelationsModule.MEDIATE) && !access.may(user, RelationsModule.DISPUTES)) {
            access.require(user, RelationsModule.SCREEN);
        }
    }

    @Transactional(readOnly = true)
    public List<Dispute> disputes() {
        return disputes.findAllByOrderByAcceptedAtDescIdDesc();
    }

    @Transactional(readOnly = true)
    public List<Warning> warnings() {
        return warnings.findAll(Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.desc("id")));
    }

    @Transactional(readOnly = true)
    public List<OrgRisk> risks() {
        return risks.findAllByOrderByOrgId();
    }
}
