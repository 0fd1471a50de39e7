package org.workershome.training;

/** A learner attended an offline session (signed in and out at the venue): published before the act commits. */
@org.springframework.modulith.NamedInterface("events")
public record SessionAttended(long sessionId, long registrationId, Long memberId, Long accountId, long orgId) {}
