package org.workershome.suggestions.craftsman;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.calendar.WorkingDays;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.time.Times;
import org.workershome.core.workflow.Timeline;
import org.workershome.core.workflow.TimelineEntry;
import org.workershome.suggestions.SuggestionsModule;
import org.workershome.suggestions.suggestion.SuggestionsProperties;

/**
 * Craftsman nominations: by an org (a holder of {@link SuggestionsModule#CRAFTSMEN} for the member's org) or by the
 * member himself, endorsed by two other members; the panel's review sends it to public notice for a number of
 * working days (core's calendar) or rejects it; the title is re-evaluated at term end (renewed or expired).
 */
@Service
public class CraftsmanManagement {

    static final String TARGET = "craftsman";
    private static final EnumSet<CraftsmanStatus> CLOSED = EnumSet.of(CraftsmanStatus.REJECTED, CraftsmanStatus.EXPIRED);

    private final Craftsmen craftsmen;
    private final Endorsements endorsements;
    private final Access access;
    private final Timeline timeline;
    private final MemberDirectory members;
    private final OrgDirectory orgs;
    private final WorkingDays workingDays;
    private final SuggestionsProperties properties;
    private final Clock clock;

    CraftsmanManagement(Craftsmen craftsmen, Endorsements endorsements, Access access, Timeline timeline,
            MemberDirectory members, OrgDirectory orgs, WorkingDays workingDays, SuggestionsProperties properties,
            Clock clock) {
        this.craftsmen = craftsmen;
        this.endorsements = endorsements;
        this.access = access;
        this.timeline = timeline;
        this.members = members;
        this.orgs = orgs;
        this.workingDays = workingDays;
        this.properties = properties;
        this.clock = clock;
    }

    /** The union nominates one of its members. */
    @Transactional
    public Craftsman nominate(CurrentUser user, Craftsman.Draft draft) {
        MemberDirectory.MemberSummary member = activeMember(draft.memberId(), "memberId");
        access.require(user, SuggestionsModule.CRAFTSMEN, member.orgId());
        return create(member, draft, Craftsman.Nomination.ORG);
    }

    /** The signed-in member nominates himself; two other members endorse before the panel reviews. */
    @Transactional
    public Craftsman nominateSelf(CurrentUser user, Craftsman.Draft draft) {
        if (user.memberId() == null) {
            throw new Conflict("suggestions.error.notMember");
        }
        MemberDirectory.MemberSummary member = activeMember(user.memberId(), "memberId");
        return create(member, new Craftsman.Draft(member.id(), draft.title(), draft.skill(), draft.industry(),
                draft.deeds()), Craftsman.Nomination.SELF);
    }

    private Craftsman create(MemberDirectory.MemberSummary member, Craftsman.Draft draft, Craftsman.Nomination how) {
        check(draft);
        if (craftsmen.existsByMemberIdAndTitleAndStatusNotIn(member.id(), draft.title(), CLOSED)) {
            throw new Conflict("suggestions.craftsman.duplicate");
        }
        String path = orgs.find(member.orgId()).map(OrgDirectory.OrgSummary::path).orElseThrow();
        Craftsman craftsman = craftsmen.save(new Craftsman(member.orgId(), path, member.name(), draft, how,
                clock.instant()));
        timeline.record(TARGET, craftsman.getId(), craftsman.getOrgId(), CraftsmanAction.NOMINATE, null,
                craftsman.getStatus(), null);
        return craftsman;
    }

    @Transactional
    public Craftsman endorse(CurrentUser user, Long id) {
        Craftsman craftsman = get(id);
        craftsman.checkEndorsable(user.memberId());
        if (endorsements.existsByCraftsmanIdAndMemberId(id, user.memberId())) {
            throw new Conflict("suggestions.craftsman.alreadyEndorsed");
        }
        MemberDirectory.MemberSummary endorser = activeMember(user.memberId(), "memberId");
        endorsements.save(new Endorsement(craftsman, endorser.id(), endorser.name(), clock.instant()));
        timeline.record(TARGET, id, craftsman.getOrgId(), CraftsmanAction.ENDORSE, craftsman.getStatus(),
                craftsman.getStatus(), null);
        return craftsman;
    }

    /** The panel's review: APPROVE (to public notice) or REJECT. */
    @Transactional
    public Craftsman review(CurrentUser user, Long id, CraftsmanAction action, String note) {
        Craftsman craftsman = managed(user, id);
        String text = note == null || note.isBlank() ? null : note.strip();
        CraftsmanStatus from = switch (action == null ? CraftsmanAction.NOMINATE : action) {
            case APPROVE -> craftsman.approve(endorsements.countByCraftsmanId(id),
                    workingDays.plusWorkingDays(today(), properties.noticeWorkingDays()), text);
            case REJECT -> craftsman.reject(text);
            default -> throw InvalidInput.field("action", "suggestions.craftsman.review.required");
        };
        timeline.record(TARGET, id, craftsman.getOrgId(), action, from, craftsman.getStatus(), text);
        return craftsman;
    }

    /** Re-evaluation at term end: RENEW for another term or EXPIRE. */
    @Transactional
    public Craftsman reevaluate(CurrentUser user, Long id, CraftsmanAction action, String note) {
        Craftsman craftsman = managed(user, id);
        String text = note == null || note.isBlank() ? null : note.strip();
        CraftsmanStatus from = switch (action == null ? CraftsmanAction.NOMINATE : action) {
            case RENEW -> craftsman.renew(today(), properties.termYears(), text);
            case EXPIRE -> craftsman.expire(text);
            default -> throw InvalidInput.field("action", "suggestions.craftsman.review.required");
        };
        timeline.record(TARGET, id, craftsman.getOrgId(), action, from, craftsman.getStatus(), text);
        return craftsman;
    }

    @Transactional
    public Craftsman grant(CurrentUser user, Long id, Incentive incentive) {
        Craftsman craftsman = managed(user, id);
        craftsman.grant(incentive);
        timeline.record(TARGET, id, craftsman.getOrgId(), CraftsmanAction.INCENTIVE, craftsman.getStatus(),
                craftsman.getStatus(), incentive.getKind() + " " + incentive.getNote());
        return craftsman;
    }

    /** A title's term ended (the job): due for re-evaluation. */
    @Transactional
    public boolean endTermIfDue(Long id) {
        Craftsman craftsman = get(id);
        if (!craftsman.termEnded(today())) {
            return false;
        }
        CraftsmanStatus from = craftsman.endTerm();
        timeline.record(TARGET, id, craftsman.getOrgId(), CraftsmanAction.TERM_ENDED, from, craftsman.getStatus(), null);
        return true;
    }

    @Transactional(readOnly = true)
    public Craftsman get(Long id) {
        return craftsmen.findById(id).orElseThrow(NotFound.of("craftsman", id));
    }

    /** The nominations and titles the caller sees, newest first. */
    @Transactional(readOnly = true)
    public List<Craftsman> list() {
        return craftsmen.findAllByOrderByNominatedAtDescIdDesc();
    }

    @Transactional(readOnly = true)
    public List<Craftsman> mine(CurrentUser user) {
        return user.memberId() == null ? List.of() : craftsmen.findByMemberIdOrderByNominatedAtDesc(user.memberId());
    }

    @Transactional(readOnly = true)
    public List<Endorsement> endorsementsOf(Craftsman craftsman) {
        return endorsements.findByCraftsmanIdOrderByEndorsedAt(craftsman.getId());
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timelineOf(Craftsman craftsman) {
        return timeline.of(TARGET, craftsman.getId());
    }

    public boolean mayManage(CurrentUser user, Craftsman craftsman) {
        return access.may(user, SuggestionsModule.CRAFTSMEN, craftsman.getOrgId());
    }

    /** The members a panel may nominate: the active members of its org's subtree (at most 500). */
    public List<MemberDirectory.MemberSummary> nominees(CurrentUser user) {
        List<MemberDirectory.MemberSummary> all = members.activeInSubtree(user.orgId());
        return all.size() > 500 ? all.subList(0, 500) : all;
    }

    Craftsman managed(CurrentUser user, Long id) {
        Craftsman craftsman = get(id);
        access.require(user, SuggestionsModule.CRAFTSMEN, craftsman.getOrgId());
        return craftsman;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Times.ZONE));
    }

    private MemberDirectory.MemberSummary activeMember(Long memberId, String field) {
        return (memberId == null ? java.util.Optional.<MemberDirectory.MemberSummary>empty() : members.find(memberId))
                .filter(MemberDirectory.MemberSummary::active)
                .orElseThrow(() -> InvalidInput.field(field, "suggestions.craftsman.member.unknown"));
    }

    private static void check(Craftsman.Draft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.title() == null) {
            errors.put("title", "suggestions.craftsman.title.required");
        }
        if (draft.industry() == null) {
            errors.put("industry", "suggestions.craftsman.industry.required");
        }
        if (draft.skill() == null || draft.skill().isBlank() || draft.skill().length() > 200) {
            errors.put("skill", "suggestions.craftsman.skill.required");
        }
        if (draft.deeds() == null || draft.deeds().isBlank() || draft.deeds().length() > 4000) {
            errors.put("deeds", "suggestions.craftsman.deeds.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
