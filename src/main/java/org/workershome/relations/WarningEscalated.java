package org.workershome.relations;

/** A warning's deadline passed without acknowledgement or plan: the org above is told. */
public record WarningEscalated(Long warningId, Long orgId, RiskLevel level) {}
