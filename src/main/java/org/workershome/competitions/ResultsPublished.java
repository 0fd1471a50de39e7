package org.workershome.competitions;

/** A competition's results were locked and published by an organiser's account. */
public record ResultsPublished(Long competitionId, Long orgId, Long byAccountId) {}
