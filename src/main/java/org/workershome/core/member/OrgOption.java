package org.workershome.core.member;

import java.util.List;

import org.workershome.core.org.Org;

/** An org in a select, indented by its depth below the shallowest org listed. */
record OrgOption(Long id, String label) {

    static List<OrgOption> of(List<Org> orgs) {
        int top = orgs.stream().mapToInt(Org::getDepth).min().orElse(0);
        return orgs.stream().map(o -> new OrgOption(o.getId(), "\u3000".repeat(o.getDepth() - top) + o.getName())).toList();
    }
}
