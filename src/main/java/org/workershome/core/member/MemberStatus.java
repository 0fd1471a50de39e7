package org.workershome.core.member;

/** Standing of a member in the union. */
@org.springframework.modulith.NamedInterface("member")
public enum MemberStatus {
    ACTIVE, SUSPENDED, RETIRED, LEFT
}
