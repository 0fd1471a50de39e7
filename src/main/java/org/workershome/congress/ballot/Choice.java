package org.workershome.congress.ballot;

/** The options of a {@link BallotKind#MOTION} ballot. */
public enum Choice { FOR, AGAINST, ABSTAIN }
