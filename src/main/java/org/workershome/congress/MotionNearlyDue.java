package org.workershome.congress;

/** An assigned motion's deadline is near and it has no reply yet (once per assignment). */
public record MotionNearlyDue(MotionFacts motion) {}
