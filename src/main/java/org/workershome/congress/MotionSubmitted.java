package org.workershome.congress;

/** A representative submitted a motion (提案) in the session's window. */
public record MotionSubmitted(MotionFacts motion) {}
