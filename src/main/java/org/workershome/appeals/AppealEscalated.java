package org.workershome.appeals;

/** Overdue: the org above now supervises the appeal. */
@org.springframework.modulith.NamedInterface("events")
public record AppealEscalated(AppealFacts appeal, Long fromOrgId, Long toOrgId) {}
