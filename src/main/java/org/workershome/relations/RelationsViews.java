package org.workershome.relations;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.org.Org;
import org.workershome.core.org.OrgManagement;
import org.workershome.core.org.OrgType;

/** What the pages show of orgs and risks, in the reader's scope: the units to screen, names, the board's rows. */
@Component
class RelationsViews {

    private final OrgManagement orgs;
    private final OrgRisks risks;

    RelationsViews(OrgManagement orgs, OrgRisks risks) {
        this.orgs = orgs;
        this.risks = risks;
    }

    /** One line of the board: an org at its depth, with its level (NONE when never assessed). */
    record BoardRow(Long orgId, String name, int depth, RiskLevel level, Integer score, boolean unit) {}

    record Board(List<BoardRow> rows, Map<RiskLevel, Long> counts) {}

    @Transactional(readOnly = true)
    public List<Org> unitsInScope() {
        return orgs.tree().stream().filter(o -> o.isActive() && o.getType() == OrgType.GRASSROOTS).toList();
    }

    /** Names of the orgs in the reader's scope, by id. */
    @Transactional(readOnly = true)
    public Map<Long, String> names() {
        Map<Long, String> names = new HashMap<>();
        orgs.tree().forEach(o -> names.put(o.getId(), o.getName()));
        return names;
    }

    @Transactional(readOnly = true)
    public Board board() {
        Map<Long, OrgRisk> byOrg = new HashMap<>();
        risks.findAll().forEach(r -> byOrg.put(r.getOrgId(), r));
        List<Org> tree = orgs.tree();
        int top = tree.stream().mapToInt(Org::getDepth).min().orElse(0);
        List<BoardRow> rows = new ArrayList<>();
        Map<RiskLevel, Long> counts = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            counts.put(level, 0L);
        }
        for (Org org : tree) {
            if (!org.isActive()) {
                continue;
            }
            OrgRisk risk = byOrg.get(org.getId());
            RiskLevel level = risk == null ? RiskLevel.NONE : risk.getLevel();
            boolean unit = org.getType() == OrgType.GRASSROOTS;
            if (unit) {
                counts.merge(level, 1L, Long::sum);
            }
            rows.add(new BoardRow(org.getId(), org.getName(), Math.min(org.getDepth() - top, 5), level,
                    risk == null ? null : risk.getScore(), unit));
        }
        return new Board(rows, counts);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<OrgRisk> riskOf(Long orgId) {
        return risks.findByOrgId(orgId);
    }
}
