package org.workershome.appeals;

/** The appeal ended: confirmed by the worker ({@code CLOSE}), closed after no answer ({@code AUTO_CLOSE}), rejected or withdrawn. */
@org.springframework.modulith.NamedInterface("events")
public record AppealClosed(AppealFacts appeal, AppealAction how) {}
