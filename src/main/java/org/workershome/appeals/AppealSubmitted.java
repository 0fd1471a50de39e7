package org.workershome.appeals;

/** A new appeal, from a worker's form or recorded by a cadre (not from the API: {@link AppealIntake} notifies in its batch). */
public record AppealSubmitted(AppealFacts appeal) {}
