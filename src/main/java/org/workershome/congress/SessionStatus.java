package org.workershome.congress;

/** A session (次会议): planned, sitting (sign-in and votes), closed. */
public enum SessionStatus { PLANNED, IN_PROGRESS, CLOSED }
