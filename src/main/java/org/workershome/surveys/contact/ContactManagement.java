package org.workershome.surveys.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.time.Times;
import org.workershome.surveys.SurveysModule;

/**
 * Contact points and their visits: a cadre takes a unit below his own org as his contact point, records visits there
 * with the problems found and follow-ups (a task, an owner among the cadres of the unit and the orgs above, a
 * deadline), and marks follow-ups done.
 */
@Service
public class ContactManagement {

    static final int MAX_FOLLOW_UPS = 5;

    private final ContactPoints points;
    private final Visits visits;
    private final FollowUps followUps;
    private final Access access;
    private final OrgDirectory orgs;
    private final PermissionHolders holders;
    private final IdempotentSubmissions submissions;
    private final Clock clock;

    ContactManagement(ContactPoints points, Visits visits, FollowUps followUps, Access access, OrgDirectory orgs,
            PermissionHolders holders, IdempotentSubmissions submissions, Clock clock) {
        this.points = points;
        this.visits = visits;
        this.followUps = followUps;
        this.access = access;
        this.orgs = orgs;
        this.holders = holders;
        this.submissions = submissions;
        this.clock = clock;
    }

    public record FollowUpDraft(String task, Long ownerAccountId, LocalDate dueOn) {}

    public record VisitDraft(LocalDate visitedOn, String peopleMet, String problems, List<FollowUpDraft> followUps) {}

    @Transactional(readOnly = true)
    public List<ContactPoint> points() {
        return points.findAllByOrderByOrgIdAscIdAsc();
    }

    @Transactional
    public ContactPoint create(CurrentUser user, Long orgId, String note) {
        if (orgId == null || user.orgId() == null || orgId.equals(user.orgId()) || !orgs.isWithin(orgId, user.orgId())) {
            throw InvalidInput.field("orgId", "surveys.contact.org.notBelow");
        }
        access.require(user, SurveysModule.VISIT, orgId);
        if (note != null && note.strip().length() > 1000) {
            throw InvalidInput.field("note", "surveys.contact.note.size");
        }
        if (points.existsByOrgIdAndCadreAccountId(orgId, user.accountId())) {
            throw new Conflict("surveys.contact.exists");
        }
        return points.save(new ContactPoint(orgId, user.accountId(), user.displayName(), user.orgId(),
                note == null || note.isBlank() ? null : note.strip(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public ContactPoint point(Long id) {
        return points.findById(id).orElseThrow(NotFound.of("ContactPoint", id));
    }

    @Transactional(readOnly = true)
    public List<Visit> visitsOf(Long pointId) {
        return visits.findByContactPointIdOrderByVisitedOnDescIdDesc(pointId);
    }

    @Transactional(readOnly = true)
    public Visit visit(Long id) {
        return visits.findById(id).orElseThrow(NotFound.of("Visit", id));
    }

    @Transactional(readOnly = true)
    public List<FollowUp> followUpsOf(Long visitId) {
        return followUps.findByVisitIdOrderByDueOnAscIdAsc(visitId);
    }

    /** Who may own a follow-up at this unit: the cadres of the unit and of the orgs above it. */
    @Transactional(readOnly = true)
    public List<PermissionHolders.Holder> owners(Long orgId) {
        List<PermissionHolders.Holder> all = new ArrayList<>();
        for (OrgDirectory.OrgSummary org : orgs.selfAndAncestors(orgId)) {
            holders.of(SurveysModule.VISIT, org.id()).forEach(a -> holders.holder(a, SurveysModule.VISIT)
                    .ifPresent(all::add));
        }
        return all;
    }

    @Transactional
    public Visit record(CurrentUser user, Long pointId, VisitDraft draft, String requestToken) {
        ContactPoint point = point(pointId);
        access.require(user, SurveysModule.VISIT, point.getOrgId());
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        if (draft.visitedOn() == null || draft.visitedOn().isAfter(today)) {
            errors.put("visitedOn", "surveys.visit.visitedOn.invalid");
        }
        if (blank(draft.peopleMet()) || draft.peopleMet().strip().length() > 1000) {
            errors.put("peopleMet", "surveys.visit.peopleMet.required");
        }
        if (blank(draft.problems()) || draft.problems().strip().length() > 4000) {
            errors.put("problems", "surveys.visit.problems.required");
        }
        Map<Long, String> owners = new LinkedHashMap<>();
        owners(point.getOrgId()).forEach(h -> owners.put(h.accountId(), h.name()));
        List<FollowUpDraft> tasks = draft.followUps() == null ? List.of()
                : draft.followUps().stream().filter(f -> !blank(f.task())).toList();
        for (int i = 0; i < tasks.size(); i++) {
            FollowUpDraft f = tasks.get(i);
            if (i >= MAX_FOLLOW_UPS || f.task().strip().length() > 500 || !owners.containsKey(f.ownerAccountId())
                    || f.dueOn() == null || f.dueOn().isBefore(today)) {
                errors.put("followUps", "surveys.followUp.invalid");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return submissions.submit(requestToken, "surveys.visit.record", () -> {
            Visit visit = visits.save(new Visit(point, draft.visitedOn(), draft.peopleMet().strip(),
                    draft.problems().strip(), user.accountId(), user.displayName(), clock.instant()));
            tasks.forEach(f -> followUps.save(new FollowUp(visit, f.task().strip(), f.ownerAccountId(),
                    owners.get(f.ownerAccountId()), f.dueOn())));
            return visit;
        }, Visit::getId, id -> visits.findById(Long.valueOf(id))).value();
    }

    /** Done by its owner or a cadre of the unit's scope. */
    @Transactional
    public FollowUp done(CurrentUser user, Long visitId, Long followUpId) {
        FollowUp f = followUps.findById(followUpId).filter(x -> x.getVisitId().equals(visitId))
                .orElseThrow(NotFound.of("FollowUp", followUpId));
        if (!user.accountId().equals(f.getOwnerAccountId())) {
            access.require(user, SurveysModule.VISIT, f.getOrgId());
        }
        f.done(clock.instant());
        return f;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
