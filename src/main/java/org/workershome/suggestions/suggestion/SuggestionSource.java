package org.workershome.suggestions.suggestion;

/** Where a suggestion came from: a member (or a cadre recording it for him), or a congress motion converted. */
public enum SuggestionSource { MEMBER, CONGRESS_MOTION }
