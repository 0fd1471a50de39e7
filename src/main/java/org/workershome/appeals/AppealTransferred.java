package org.workershome.appeals;

/** A handler sent the appeal to another org, whose handlers now answer it. */
@org.springframework.modulith.NamedInterface("events")
public record AppealTransferred(AppealFacts appeal, Long fromOrgId) {}
