package org.workershome.core.org;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.workershome.core.cache.NodeCaches;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The org tree as features read it: names for labels, parents and children for routing (escalation, approval by
 * the level above, notices to a unit). Names and structure are not personal data and the tree is the union's
 * public shape, so these answers are not scope-filtered; the records of an org are. Features use this instead of
 * the {@code Orgs} repository under {@code Scopes.asSystem}.
 */
@Component
@org.springframework.modulith.NamedInterface("org")
public class OrgDirectory {

    /** What a feature may know of any org. */
    public record OrgSummary(Long id, Long parentId, String name, String path, int depth, String regionCode,
            boolean active) {

        public boolean national() {
            return parentId == null;
        }
    }

    private final JdbcTemplate jdbc;
    private final Cache<Long, Optional<OrgSummary>> orgs = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(1, TimeUnit.MINUTES).build();

    private final NodeCaches caches;

    OrgDirectory(JdbcTemplate jdbc, NodeCaches caches) {
        this.caches = caches;
        caches.register("org-directory", orgs::invalidateAll);
        this.jdbc = jdbc;
    }

    public Optional<OrgSummary> find(Long orgId) {
        if (orgId == null) {
            return Optional.empty();
        }
        return orgs.get(orgId, id -> jdbc.query(
                "select id, parent_id, name, path, depth, region_code, status from org where id = ?",
                (rs, n) -> new OrgSummary(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class),
                        rs.getString("name"), rs.getString("path"), rs.getInt("depth"), rs.getString("region_code"),
                        "ACTIVE".equals(rs.getString("status"))), id).stream().findFirst());
    }

    public String nameOf(Long orgId) {
        return find(orgId).map(OrgSummary::name).orElse(null);
    }

    public Map<Long, String> namesOf(Collection<Long> orgIds) {
        Map<Long, String> result = new HashMap<>();
        orgIds.forEach(id -> result.put(id, nameOf(id)));
        return result;
    }

    /** The org above, or empty at the national union (or for an unknown id). */
    public Optional<OrgSummary> parentOf(Long orgId) {
        return find(orgId).map(OrgSummary::parentId).flatMap(this::find);
    }

    /** The org and the orgs above it, nearest first, up to the national union. */
    public List<OrgSummary> selfAndAncestors(Long orgId) {
        List<OrgSummary> chain = new java.util.ArrayList<>();
        for (Optional<OrgSummary> org = find(orgId); org.isPresent(); org = org.flatMap(o -> find(o.parentId()))) {
            chain.add(org.get());
        }
        return chain;
    }

    /** The active orgs directly below, by name. */
    public List<OrgSummary> childrenOf(Long orgId) {
        return jdbc.queryForList("select id from org where parent_id = ? and status = 'ACTIVE' order by name",
                Long.class, orgId).stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Whether {@code orgId} is {@code ancestorId} or lies below it. */
    public boolean isWithin(Long orgId, Long ancestorId) {
        Optional<String> path = find(orgId).map(OrgSummary::path);
        Optional<String> ancestor = find(ancestorId).map(OrgSummary::path);
        return path.isPresent() && ancestor.isPresent() && path.get().startsWith(ancestor.get());
    }

    /** An org changed: forgotten here and on the other nodes (there, all orgs: a change is rare, a miss cheap). */
    public void evict(Long orgId) {
        orgs.invalidate(orgId);
        caches.changed("org-directory");
    }

    public void evictAll() {
        caches.changed("org-directory");
    }
}
