package org.workershome.competitions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.certificate.Certificates;
import org.workershome.core.org.OrgDirectory;

/**
 * Competitions per org, for an org in the reader's scope: a row for the org itself and one for each child's subtree —
 * competitions organised, entries, approved entries, winners (entries with a certificate). Read in the reader's
 * scope, so an org outside it is refused and nothing of another province is counted.
 */
@Service
public class CompetitionStatistics {

    /** {@code own}: the org itself, not a child's subtree. */
    public record Row(Long orgId, String org, boolean own, long competitions, long entries, long approved,
            long winners) {}

    private final Competitions competitions;
    private final Entries entries;
    private final Certificates certificates;
    private final OrgDirectory orgs;
    private final Access access;

    CompetitionStatistics(Competitions competitions, Entries entries, Certificates certificates, OrgDirectory orgs,
            Access access) {
        this.competitions = competitions;
        this.entries = entries;
        this.certificates = certificates;
        this.orgs = orgs;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<Row> of(CurrentUser user, Long orgId) {
        access.require(user, CompetitionsModule.MANAGE, orgId);
        List<OrgDirectory.OrgSummary> children = orgs.childrenOf(orgId);
        Map<Long, Long> groupOf = new HashMap<>();
        List<Entry> all = entries.findAll().stream().filter(e -> orgs.isWithin(e.getOrgId(), orgId)).toList();
        List<Competition> organised = competitions.findAll().stream().filter(c -> orgs.isWithin(c.getOrgId(), orgId))
                .toList();
        Set<Long> winners = certificates.certifiedPublicly(CompetitionCertifier.SOURCE,
                all.stream().map(Entry::getId).toList());
        List<Row> rows = new ArrayList<>();
        rows.add(row(orgId, orgs.nameOf(orgId), true, organised, all, winners, groupOf, orgId));
        for (OrgDirectory.OrgSummary child : children) {
            rows.add(row(child.id(), child.name(), false, organised, all, winners, groupOf, orgId));
        }
        return rows;
    }

    private Row row(Long group, String name, boolean own, List<Competition> organised, List<Entry> all,
            Set<Long> winners, Map<Long, Long> groupOf, Long top) {
        List<Entry> mine = all.stream().filter(e -> group.equals(groupOf(e.getOrgId(), top, groupOf))).toList();
        return new Row(group, name, own,
                organised.stream().filter(c -> group.equals(groupOf(c.getOrgId(), top, groupOf))).count(),
                mine.size(), mine.stream().filter(e -> e.getStatus() == EntryStatus.APPROVED).count(),
                mine.stream().filter(e -> winners.contains(e.getId())).count());
    }

    /** The row an org counts in: the child of {@code top} on its path, or {@code top} itself. */
    private Long groupOf(Long orgId, Long top, Map<Long, Long> groupOf) {
        return groupOf.computeIfAbsent(orgId, id -> orgs.selfAndAncestors(id).stream()
                .filter(o -> top.equals(o.parentId())).findFirst().map(OrgDirectory.OrgSummary::id).orElse(top));
    }
}
