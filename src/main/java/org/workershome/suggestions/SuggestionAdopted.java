package org.workershome.suggestions;

/** The committee of {@code orgId} adopted a suggestion of {@code memberId} (null if nobody's account). */
@org.springframework.modulith.NamedInterface("events")
public record SuggestionAdopted(Long suggestionId, Long orgId, Long memberId, String title) {}
