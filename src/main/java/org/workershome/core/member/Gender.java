package org.workershome.core.member;

public enum Gender {
    MALE, FEMALE
}
