package org.workershome.hardship;

/** Why a household is in hardship. */
public enum HardshipCause {
    ILLNESS, DISABILITY, DISASTER, ACCIDENT, UNEMPLOYMENT, SCHOOLING, LOW_INCOME, OTHER
}
