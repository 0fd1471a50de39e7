package org.workershome.suggestions.craftsman;

/** Incentives for a title holder: a bonus, training, funding of his studio. */
public enum IncentiveKind { BONUS, TRAINING, STUDIO_FUNDING }
