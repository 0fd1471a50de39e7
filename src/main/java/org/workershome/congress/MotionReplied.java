package org.workershome.congress;

/** The handling org replied (答复) to a motion; the proposer may now rate the answer. */
public record MotionReplied(MotionFacts motion) {}
