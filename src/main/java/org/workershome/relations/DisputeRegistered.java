package org.workershome.relations;

/** A dispute registered; {@code appealId} when it was opened from an appeal. */
public record DisputeRegistered(Long disputeId, Long orgId, Long appealId) {}
