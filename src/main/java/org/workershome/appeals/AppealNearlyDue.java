package org.workershome.appeals;

/** Most of the time to the deadline has passed (once per deadline). */
@org.springframework.modulith.NamedInterface("events")
public record AppealNearlyDue(AppealFacts appeal, Long handlingOrgId) {}
