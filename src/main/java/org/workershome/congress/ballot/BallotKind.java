package org.workershome.congress.ballot;

/** FOR / AGAINST / ABSTAIN on an agenda item, or an election among candidates with a maximum to choose. */
public enum BallotKind { MOTION, ELECTION }
