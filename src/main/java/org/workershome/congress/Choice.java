package org.workershome.congress;

/** The options of a {@link BallotKind#MOTION} ballot. */
public enum Choice { FOR, AGAINST, ABSTAIN }
