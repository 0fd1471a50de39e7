package org.workershome.suggestions;

import java.time.LocalDate;

/** A craftsman's title was awarded (or renewed) after the public notice, valid until {@code termEndsOn}. */
@org.springframework.modulith.NamedInterface("events")
public record CraftsmanAwarded(Long craftsmanId, Long orgId, Long memberId, String title, LocalDate termEndsOn) {}
