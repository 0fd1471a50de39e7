package org.workershome.surveys;

import java.time.Instant;

/** A survey was published to its org subtree (for the dashboards). */
@org.springframework.modulith.NamedInterface("events")
public record SurveyPublished(Long surveyId, Long orgId, String title, boolean anonymous, Instant deadline) {}
