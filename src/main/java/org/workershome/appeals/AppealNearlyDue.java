package org.workershome.appeals;

/** Most of the time to the deadline has passed (once per deadline). */
public record AppealNearlyDue(AppealFacts appeal, Long handlingOrgId) {}
