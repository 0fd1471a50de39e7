package org.workershome.core.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.workershome.core.org.OrgDirectory.OrgSummary;
import org.workershome.core.scope.OrgScope;
import org.workershome.core.scope.Scopes;

/**
 * The org filter of long lists as a drill-down: the chosen org, the orgs above it that are in the caller's scope,
 * and the orgs directly below it — not a select with every org of the scope (a province has 5,000, which made
 * every page of its member list 450 KB). Choosing a child lists its children next time.
 */
@Component
@org.springframework.modulith.NamedInterface("org")
public class OrgPicker {

    /** One line of the filter: {@code depth} is below the top of the caller's scope (for the indent). */
    public record Option(Long id, String name, int depth, boolean selected) {

        public String label() {
            return "\u3000".repeat(depth) + name;
        }
    }

    private final OrgDirectory directory;
    private final Scopes scopes;

    OrgPicker(OrgDirectory directory, Scopes scopes) {
        this.directory = directory;
        this.scopes = scopes;
    }

    /**
     * The options around {@code selectedId} (null or outside the scope: around {@code homeOrgId}, the user's own
     * org): the chain from the top of the scope down to it, then its active children by name.
     */
    public List<Option> around(Long selectedId, Long homeOrgId) {
        OrgScope scope = scopes.current();
        if (scope.selfMemberId() != 0) {
            return List.of();   // a self-only account filters nothing by org
        }
        Optional<OrgSummary> selected = directory.find(selectedId).filter(o -> scope.includesPath(o.path()));
        Optional<OrgSummary> at = selected.or(() -> directory.find(homeOrgId).filter(o -> scope.includesPath(o.path())));
        if (at.isEmpty()) {
            return List.of();
        }
        List<OrgSummary> chain = new ArrayList<>(directory.selfAndAncestors(at.get().id()).stream()
                .filter(o -> scope.includesPath(o.path())).toList());
        java.util.Collections.reverse(chain);
        int top = chain.get(0).depth();
        Long chosen = selected.map(OrgSummary::id).orElse(null);
        List<Option> options = new ArrayList<>();
        chain.forEach(o -> options.add(new Option(o.id(), o.name(), o.depth() - top, Objects.equals(o.id(), chosen))));
        directory.childrenOf(at.get().id()).stream().filter(o -> scope.includesPath(o.path()))
                .forEach(o -> options.add(new Option(o.id(), o.name(), o.depth() - top, false)));
        return options;
    }
}
