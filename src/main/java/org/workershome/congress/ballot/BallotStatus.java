package org.workershome.congress.ballot;

/** A ballot is prepared (DRAFT), then OPEN for votes, then CLOSED with its result, which never changes again. */
public enum BallotStatus { DRAFT, OPEN, CLOSED }
