package org.workershome.congress;

/** Steps of a motion's workflow. */
public enum MotionAction { SUBMIT, COSIGN, REGISTER, CONVERT, DECLINE, ASSIGN, REPLY, RATE }
