package org.workershome.hardship;

/** A file was created by an application (or a re-opening); its org's handlers are to verify it. */
public record HardshipFileApplied(Long fileId, String fileNo, Long orgId, Long memberId) {}
