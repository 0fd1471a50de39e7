package org.workershome.core.member;

@org.springframework.modulith.NamedInterface("member")
public enum Gender {
    MALE, FEMALE
}
