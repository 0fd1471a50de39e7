package org.workershome.core.org;

import org.workershome.core.db.Sequences;
import org.workershome.core.idempotency.IdempotentSubmissions;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.scope.OrgPaths;
import org.workershome.core.scope.OrgScope;
import org.workershome.core.error.OutOfScope;
import org.workershome.core.scope.Scopes;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/** Creates, renames, moves and closes orgs, inside the caller's data scope. */
@Service
@org.springframework.modulith.NamedInterface("org")
public class OrgManagement {

    private final Orgs orgs;
    private final Scopes scopes;
    private final OrgPaths orgPaths;
    private final AuditTrail audit;
    private final Clock clock;
    private final Sequences sequences;
    private final IdempotentSubmissions submissions;
    private final jakarta.persistence.EntityManager entityManager;
    private final OrgDirectory directory;

    OrgManagement(Orgs orgs, Scopes scopes, OrgPaths orgPaths, AuditTrail audit, Clock clock,
            jakarta.persistence.EntityManager entityManager, OrgDirectory directory,
            IdempotentSubmissions submissions, Sequences sequences) {
        this.sequences = sequences;
        this.submissions = submissions;
        this.directory = directory;
        this.orgs = orgs;
        this.scopes = scopes;
        this.orgPaths = orgPaths;
        this.audit = audit;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public List<Org> tree() {
        return orgs.findAllByOrderByPath();
    }

    /** Active members per org in the caller's scope (orgs without members are absent). */
    @Transactional(readOnly = true)
    public Map<Long, Long> activeMemberCounts() {
        Map<Long, Long> counts = new HashMap<>();
        orgs.countActiveMembersByOrg().forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** Orgs in the caller's scope the given org may move under: active, and not in its own subtree. */
    @Transactional(readOnly = true)
    public List<Org> possibleParents(Org org) {
        return tree().stream().filter(o -> o.isActive() && !o.getPath().startsWith(org.getPath())).toList();
    }

    /** Child orgs in the caller's scope. */
    @Transactional(readOnly = true)
    public List<Org> children(Long id) {
        return orgs.findByParentIdOrderByName(id);
    }

    /** An org in the caller's scope; otherwise {@link NotFound}. */
    @Transactional(readOnly = true)
    public Org get(Long id) {
        return orgs.findById(id).orElseThrow(NotFound.of("org", id));
    }

    /** Creates once per client request key: a retried form or API call returns the first result. */
    public Org create(OrgDraft draft, String requestKey) {
        return submissions.submit(requestKey, "org.create", () -> create(draft), Org::getId,
                id -> orgs.findById(Long.valueOf(id))).value();
    }

    @Transactional
    public Org create(OrgDraft draft) {
        Org parent = draft.parentId() == null ? null : writable(draft.parentId());
        if (parent == null && !scopes.current().isAll()) {
            throw new OutOfScope();
        }
        if (parent == null && orgs.findByParentIdIsNull().isPresent()) {
            throw InvalidInput.field("parentId", "org.error.parentRequired");
        }
        if (parent != null && !parent.isActive()) {
            throw new Conflict("org.error.parentClosed");
        }
        Org org = new Org(draft.name().strip(), draft.type(), draft.industry(), blankToNull(draft.regionCode()), clock.instant());
        long id = sequences.next("org_seq");
        org.placeUnder(id, parent);
        entityManager.persist(org);
        audit.record("ORG_CREATE", "Org", org.getId(), org.getId(), org.getName());
        return org;
    }

    @Transactional
    public Org update(Long id, OrgDraft draft) {
        Org org = writable(id);
        String before = org.getName();
        org.rename(draft.name().strip());
        org.describe(draft.type(), draft.industry(), blankToNull(draft.regionCode()));
        audit.record("ORG_UPDATE", "Org", id, id, before.equals(org.getName()) ? null : before + " → " + org.getName());
        directory.evict(id);
        return org;
    }

    @Transactional
    public Org rename(Long id, String name) {
        Org org = writable(id);
        String before = org.getName();
        org.rename(name.strip());
        audit.record("ORG_RENAME", "Org", id, id, before + " → " + org.getName());
        directory.evict(id);
        return org;
    }

    /** Moves the org and its whole subtree under a new parent, in one statement. */
    @Transactional
    public Org move(Long id, Long newParentId) {
        Org org = writable(id);
        Org newParent = writable(newParentId);
        if (org.getParentId() == null) {
            throw new Conflict("org.error.moveRoot");
        }
        if (newParent.getId().equals(org.getId()) || org.isAncestorOf(newParent)) {
            throw new Conflict("org.error.moveIntoOwnSubtree");
        }
        if (!newParent.isActive()) {
            throw new Conflict("org.error.parentClosed");
        }
        String oldPath = org.getPath();
        String newPath = newParent.getPath() + org.getId() + "/";
        int depthShift = newParent.getDepth() + 1 - org.getDepth();
        Long oldParent = org.getParentId();
        orgs.movePaths(oldPath, oldPath.length(), newPath, depthShift);
        entityManager.createQuery("update Org o set o.parentId = :parent where o.id = :id")
                .setParameter("parent", newParent.getId()).setParameter("id", id).executeUpdate();
        orgPaths.evictAll();
        directory.evictAll();
        audit.record("ORG_MOVE", "Org", id, id, "parent " + oldParent + " → " + newParent.getId());
        return orgs.findById(id).orElseThrow();
    }

    /** Closes an org that has no active child orgs and no active members left. */
    @Transactional
    public Org close(Long id) {
        Org org = writable(id);
        // a rule over the whole org, not a read on the caller's behalf: count every member
        long activeMembers = Scopes.asSystem(() -> orgs.countActiveMembers(id));
        if (org.getParentId() == null) {
            throw new Conflict("org.error.closeRoot");
        }
        if (orgs.countByParentIdAndStatus(id, OrgStatus.ACTIVE) > 0) {
            throw new Conflict("org.error.closeWithChildren");
        }
        if (activeMembers > 0) {
            throw new Conflict("org.error.closeWithMembers", activeMembers);
        }
        org.close();
        audit.record("ORG_CLOSE", "Org", id, id, null);
        directory.evict(id);
        return org;
    }

    /** An org the caller may change (missing → 404, outside scope → 403), to read its current values. */
    @Transactional(readOnly = true)
    public Org writableView(Long id) {
        return writable(id);
    }

    /** Loads an org for a write: missing → 404, outside scope → 403. */
    private Org writable(Long id) {
        OrgScope scope = scopes.current();
        Org org = Scopes.asSystem(() -> orgs.findById(id)).orElseThrow(NotFound.of("org", id));
        if (!scope.includesPath(org.getPath()) || scope.selfMemberId() != 0) {
            throw new OutOfScope();
        }
        return org;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
