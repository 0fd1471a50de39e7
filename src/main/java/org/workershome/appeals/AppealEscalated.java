package org.workershome.appeals;

/** Overdue: the org above now supervises the appeal. */
public record AppealEscalated(AppealFacts appeal, Long fromOrgId, Long toOrgId) {}
