package org.workershome.appeals;

/** A handler answered; the worker confirms, contests or lets it close by itself. */
@org.springframework.modulith.NamedInterface("events")
public record AppealReplied(AppealFacts appeal) {}
