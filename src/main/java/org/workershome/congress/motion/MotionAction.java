package org.workershome.congress.motion;

/** Steps of a motion's workflow. */
public enum MotionAction { SUBMIT, COSIGN, REGISTER, CONVERT, DECLINE, ASSIGN, REPLY, RATE }
