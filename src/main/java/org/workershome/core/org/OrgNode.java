package org.workershome.core.org;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An org with its children, for showing the tree; built from a list ordered by path. */
public record OrgNode(Org org, long activeMembers, List<OrgNode> children) {

    /**
     * The forest of the given orgs: an org whose parent is not in the list (outside the caller's scope) is a
     * root, so a cadre sees their own subtree as the tree.
     */
    public static List<OrgNode> forest(List<Org> byPath, Map<Long, Long> memberCounts) {
        Map<Long, OrgNode> nodes = new LinkedHashMap<>();
        List<OrgNode> roots = new ArrayList<>();
        for (Org org : byPath) {
            OrgNode node = new OrgNode(org, memberCounts.getOrDefault(org.getId(), 0L), new ArrayList<>());
            nodes.put(org.getId(), node);
            OrgNode parent = org.getParentId() == null ? null : nodes.get(org.getParentId());
            if (parent == null) {
                roots.add(node);
            } else {
                parent.children().add(node);
            }
        }
        return roots;
    }
}
