package org.workershome.hardship;

/** A cadre was paired with a file (结对帮扶). */
public record HardshipFilePaired(Long fileId, String fileNo, Long cadreAccountId) {}
