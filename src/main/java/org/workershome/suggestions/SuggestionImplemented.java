package org.workershome.suggestions;

import java.math.BigDecimal;

/** An adopted suggestion was implemented and its measured benefit recorded (money in yuan, hours, tonnes CO2e). */
@org.springframework.modulith.NamedInterface("events")
public record SuggestionImplemented(Long suggestionId, Long orgId, BigDecimal moneySaved, BigDecimal hoursSaved,
        BigDecimal emissionsCut) {}
