package org.workershome.congress.motion;

/** The proposer's verdict on the handler's reply. */
public enum Satisfaction { SATISFIED, BASICALLY_SATISFIED, DISSATISFIED }
