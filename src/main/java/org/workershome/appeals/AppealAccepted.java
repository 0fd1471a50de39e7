package org.workershome.appeals;

/** A handler accepted the appeal. */
public record AppealAccepted(AppealFacts appeal) {}
