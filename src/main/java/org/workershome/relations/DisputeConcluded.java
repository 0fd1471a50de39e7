package org.workershome.relations;

/**
 * A dispute's mediation ended — by agreement, failure (referred to arbitration) or withdrawal — or an agreement not
 * performed was referred to arbitration afterwards: {@code status} says which. {@code appealId} when it was opened
 * from an appeal, {@code workerMemberId} when its worker party is a member.
 */
public record DisputeConcluded(Long disputeId, Long orgId, Long appealId, Long workerMemberId, Dispute.Status status) {}
