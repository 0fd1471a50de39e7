package org.workershome.appeals;

/** A handler accepted the appeal. */
@org.springframework.modulith.NamedInterface("events")
public record AppealAccepted(AppealFacts appeal) {}
