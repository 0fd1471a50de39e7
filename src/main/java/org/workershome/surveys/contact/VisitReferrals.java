package org.workershome.surveys.contact;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.appeals.VisitAppeals;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.surveys.SurveysModule;

/**
 * What a visit opens on the spot for a member met: an appeal, recorded through appeals' intake (its checks, number,
 * deadline and queue — the unit's), and kept on the visit with its tracking number.
 */
@Service
public class VisitReferrals {

    private final ContactManagement contacts;
    private final VisitAppeals appeals;
    private final Access access;

    VisitReferrals(ContactManagement contacts, VisitAppeals appeals, Access access) {
        this.contacts = contacts;
        this.appeals = appeals;
        this.access = access;
    }

    public List<VisitAppeals.Category> categories(Locale locale) {
        return appeals.categories(locale);
    }

    /** The appeal for the person met, handled by the visited unit's union; both in one transaction. */
    @Transactional
    public VisitAppeals.Recorded openAppeal(CurrentUser user, Long visitId, String category, String title,
            String content, String person, String phone) {
        Visit visit = contacts.visit(visitId);
        access.require(user, SurveysModule.VISIT, visit.getOrgId());
        VisitAppeals.Recorded recorded = appeals.record(user, new VisitAppeals.Heard(visit.getOrgId(), category, title,
                content, person, phone));
        visit.referred(new Visit.Referral("APPEAL", recorded.id(), recorded.trackingNo(), person.strip()));
        return recorded;
    }
}
