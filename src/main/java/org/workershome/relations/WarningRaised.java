package org.workershome.relations;

/** A unit's risk rose to a level: a warning was raised for it. */
public record WarningRaised(Long warningId, Long orgId, RiskLevel level, int score) {}
