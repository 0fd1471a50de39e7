package org.workershome.hardship;

/** 深度困难 / 相对困难 / 意外致困. */
public enum HardshipGrade {
    DEEP, RELATIVE, ACCIDENT
}
