package org.workershome.appeals;

/** Any other step the worker is told about: work started, a progress note, a rating, reopened. */
@org.springframework.modulith.NamedInterface("events")
public record AppealProgressed(AppealFacts appeal, AppealAction action) {}
