package org.workershome.core.member;

/** Standing of a member in the union. */
public enum MemberStatus {
    ACTIVE, SUSPENDED, RETIRED, LEFT
}
