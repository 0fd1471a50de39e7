package org.workershome.appeals;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.module.BeforeCommit;
import org.workershome.core.workflow.Timeline;

/**
 * Appeals for other modules that open a case from one (a labour dispute): the appeal as its handler sees it, and the
 * case's progress on the appeal's timeline ({@link LinkedCaseNoted}). Reads in the caller's scope; only a handler of
 * the appeal's org gets it.
 */
@Service
@org.springframework.modulith.NamedInterface("cases")
public class AppealCases {

    private final Appeals appeals;
    private final MemberDirectory members;
    private final Access access;
    private final Timeline timeline;

    AppealCases(Appeals appeals, MemberDirectory members, Access access, Timeline timeline) {
        this.appeals = appeals;
        this.members = members;
        this.access = access;
        this.timeline = timeline;
    }

    /**
     * An appeal as a case is opened from it: the worker (name and member) only when the appeal is not anonymous —
     * its handler does not learn who wrote an anonymous one.
     */
    @org.springframework.modulith.NamedInterface("cases")
    public record Case(Long id, String trackingNo, Long orgId, String category, String title, String content,
            AppealStatus status, String workerName, Long workerMemberId) {}

    /** The appeal, when the caller handles appeals of its org (else empty: outside the scope it does not exist). */
    @Transactional(readOnly = true)
    public Optional<Case> find(CurrentUser handler, String trackingNo) {
        return appeals.findByTrackingNo(trackingNo).filter(a -> access.may(handler, AppealsModule.HANDLE, a.getOrgId()))
                .map(a -> caseOf(a, members));
    }

    /** The latest appeals of an org, when the caller handles them. */
    @Transactional(readOnly = true)
    public List<Case> recent(CurrentUser handler, Long orgId) {
        if (!access.may(handler, AppealsModule.HANDLE, orgId)) {
            return List.of();
        }
        return appeals.findTop20ByOrgIdOrderBySubmittedAtDesc(orgId).stream().map(a -> caseOf(a, members)).toList();
    }

    static Case caseOf(Appeal appeal, MemberDirectory members) {
        boolean named = !appeal.isAnonymous();
        Long member = named ? appeal.getMemberId() : null;
        String name = !named ? null
                : member != null ? members.nameOf(member).orElse(appeal.getContactName()) : appeal.getContactName();
        return new Case(appeal.getId(), appeal.getTrackingNo(), appeal.getOrgId(), appeal.getCategory(),
                appeal.getTitle(), appeal.getContent(), appeal.getStatus(), name, member);
    }

    /** The case's step on the appeal's timeline, in the act's transaction; the appeal's state does not change. */
    @BeforeCommit
    void on(LinkedCaseNoted noted) {
        timeline.recordWithText(AppealManagement.TARGET, noted.appealId(), noted.orgId(), AppealAction.LINKED_CASE,
                null, null, noted.note());
    }
}
