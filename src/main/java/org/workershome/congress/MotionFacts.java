package org.workershome.congress;

import java.time.LocalDate;

/**
 * What a motion event says about its motion, taken when it happened, so that a listener (the notifier, a
 * dashboard) needs no second read: the congress's org, the handling org and deadline once assigned, the proposer.
 */
@org.springframework.modulith.NamedInterface("events")
public record MotionFacts(Long id, String title, Long orgId, Long proposerMemberId, String proposerName,
        Long handlerOrgId, LocalDate dueOn) {}
