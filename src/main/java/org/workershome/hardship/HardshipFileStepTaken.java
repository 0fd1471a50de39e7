package org.workershome.hardship;

/** A step of the workflow was taken on a file by a handler or the worker; {@code status} is the state after it. */
public record HardshipFileStepTaken(Long fileId, String fileNo, Long orgId, Long memberId, HardshipAction action,
        HardshipStatus status) {}
