package org.workershome.appeals;

/** A handler answered; the worker confirms, contests or lets it close by itself. */
public record AppealReplied(AppealFacts appeal) {}
