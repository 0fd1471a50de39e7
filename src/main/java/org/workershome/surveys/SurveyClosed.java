package org.workershome.surveys;

import java.time.Instant;

/** A survey was closed before its deadline by its author or a cadre of its org. */
@org.springframework.modulith.NamedInterface("events")
public record SurveyClosed(Long surveyId, Long orgId, Instant closedAt) {}
