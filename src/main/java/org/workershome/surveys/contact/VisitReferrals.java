package org.workershome.surveys.contact;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.appeals.VisitAppeals;
import org.workershome.hardship.VisitHardshipFiles;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.member.MemberDirectory;
import org.workershome.surveys.SurveysModule;

/**
 * What a visit opens on the spot for a member met, through the other modules' intakes, kept on the visit with its
 * number: an appeal (appeals' checks, deadline and the unit's queue) or a hardship file (hardship's application).
 */
@Service
public class VisitReferrals {

    private final ContactManagement contacts;
    private final VisitAppeals appeals;
    private final VisitHardshipFiles hardship;
    private final MemberDirectory members;
    private final Access access;

    VisitReferrals(ContactManagement contacts, VisitAppeals appeals, VisitHardshipFiles hardship,
            MemberDirectory members, Access access) {
        this.contacts = contacts;
        this.appeals = appeals;
        this.hardship = hardship;
        this.members = members;
        this.access = access;
    }

    public List<String> hardshipCauses() {
        return hardship.causes();
    }

    /** The members of the visited unit, to open a hardship file for one of them. */
    public List<MemberDirectory.MemberSummary> membersOf(Long orgId) {
        return members.activeInSubtree(orgId);
    }

    /** A hardship file for a member of the visited unit, in the same transaction as the note on the visit. */
    @Transactional
    public VisitHardshipFiles.Opened openHardshipFile(CurrentUser user, Long visitId, VisitHardshipFiles.Found found) {
        Visit visit = contacts.visit(visitId);
        access.require(user, SurveysModule.VISIT, visit.getOrgId());
        var member = found.memberId() == null ? null : members.find(found.memberId())
                .filter(m -> m.orgId().equals(visit.getOrgId())).orElse(null);
        if (member == null) {
            throw InvalidInput.field("memberId", "surveys.visit.member.required");
        }
        VisitHardshipFiles.Opened opened = hardship.apply(user, found);
        visit.referred(new Visit.Referral("HARDSHIP", opened.id(), opened.fileNo(), member.name()));
        return opened;
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
