package org.workershome.congress;

import java.time.Instant;

/**
 * A ballot of a congress session closed and was counted: turnout ({@code cast} of {@code eligible}, {@code present}
 * in the hall), whether the quorum held and whether it passed (for an election: whether anyone was elected). For the
 * dashboards' turnout figures; published in the closing transaction.
 */
@org.springframework.modulith.NamedInterface("events")
public record BallotClosed(Long ballotId, Long sessionId, Long orgId, String kind, String title, int eligible,
        int present, int cast, boolean quorumReached, boolean passed, Instant closedAt) {}
