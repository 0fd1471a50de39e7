package org.workershome.hardship;

/** The yearly review of a file was started by the job (a year after approval or the last review). */
public record HardshipReviewStarted(Long fileId, String fileNo, Long orgId, Long memberId, HardshipStatus status) {}
