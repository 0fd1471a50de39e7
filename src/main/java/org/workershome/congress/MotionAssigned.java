package org.workershome.congress;

/** A registered motion was assigned (交办) to a handling org, with a deadline. */
public record MotionAssigned(MotionFacts motion) {}
