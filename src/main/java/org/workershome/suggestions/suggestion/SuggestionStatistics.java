package org.workershome.suggestions.suggestion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.org.OrgDirectory;

/** Figures of the suggestions the caller sees: by status, the adoption rate, and per unit the benefit summed. */
@Component
class SuggestionStatistics {

    /** One unit's line: suggestions made, adopted, and the measured benefit of its implemented ones. */
    record Unit(Long orgId, String orgName, long submitted, long adopted, BigDecimal moneySaved, BigDecimal hoursSaved,
            BigDecimal emissionsCut) {}

    record Figures(Map<SuggestionStatus, Long> byStatus, long total, long decided, long adopted,
            BigDecimal adoptionRate, List<Unit> units) {}

    private final SuggestionManagement management;
    private final OrgDirectory orgs;

    SuggestionStatistics(SuggestionManagement management, OrgDirectory orgs) {
        this.management = management;
        this.orgs = orgs;
    }

    @Transactional(readOnly = true)
    Figures figures() {
        return of(management.list());
    }

    /** The public ranking: units by adopted suggestions, then money saved. */
    @Transactional(readOnly = true)
    List<Unit> ranking() {
        return units(management.adopted());
    }

    Figures of(List<Suggestion> all) {
        Map<SuggestionStatus, Long> byStatus = new EnumMap<>(SuggestionStatus.class);
        for (SuggestionStatus s : SuggestionStatus.values()) {
            byStatus.put(s, 0L);
        }
        all.forEach(s -> byStatus.merge(s.getStatus(), 1L, Long::sum));
        long decided = all.stream().filter(s -> s.getStatus() != SuggestionStatus.SUBMITTED).count();
        long adopted = all.stream().filter(s -> s.getStatus().adopted()).count();
        return new Figures(byStatus, all.size(), decided, adopted, rate(adopted, decided), units(all));
    }

    /** Adopted of decided, in percent with one decimal; null before any decision. */
    static BigDecimal rate(long adopted, long decided) {
        return decided == 0 ? null : BigDecimal.valueOf(adopted * 100L).divide(BigDecimal.valueOf(decided), 1,
                RoundingMode.HALF_UP);
    }

    List<Unit> units(List<Suggestion> all) {
        Map<Long, List<Suggestion>> byOrg = new LinkedHashMap<>();
        all.forEach(s -> byOrg.computeIfAbsent(s.getOrgId(), k -> new ArrayList<>()).add(s));
        Map<Long, String> names = orgs.namesOf(byOrg.keySet());
        return byOrg.entrySet().stream().map(e -> {
            List<Suggestion> list = e.getValue();
            BigDecimal money = null, hours = null, emissions = null;
            for (Suggestion s : list) {
                money = Benefit.plus(money, s.getMoneySaved());
                hours = Benefit.plus(hours, s.getHoursSaved());
                emissions = Benefit.plus(emissions, s.getEmissionsCut());
            }
            return new Unit(e.getKey(), names.get(e.getKey()), list.size(),
                    list.stream().filter(s -> s.getStatus().adopted()).count(), money, hours, emissions);
        }).sorted(Comparator.comparingLong(Unit::adopted).reversed()
                .thenComparing(u -> u.moneySaved() == null ? BigDecimal.ZERO : u.moneySaved(), Comparator.reverseOrder())
                .thenComparing(Unit::orgId)).toList();
    }
}
