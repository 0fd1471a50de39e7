package org.workershome.hardship;

/** Kinds of aid (帮扶): cash, material, medical, education (e.g. 金秋助学), employment, technical, information. */
public enum AidType {
    CASH, MATERIAL, MEDICAL, EDUCATION, EMPLOYMENT, TECHNICAL, INFORMATION
}
