package org.workershome.congress;

/** An assigned motion's deadline has passed without a reply (once per assignment). */
public record MotionOverdue(MotionFacts motion) {}
