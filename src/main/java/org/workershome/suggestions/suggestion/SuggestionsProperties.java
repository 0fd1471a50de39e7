package org.workershome.suggestions.suggestion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of suggestions, craftsmen and studios, under {@code workers-home.suggestions.*}. */
@ConfigurationProperties("workers-home.suggestions")
public record SuggestionsProperties(
        /** How many committee members must have scored a suggestion before it may be adopted. */
        @DefaultValue("1") int minScores,
        /** Working days a craftsman nomination stays on public notice (公示) for objections. */
        @DefaultValue("5") int noticeWorkingDays,
        /** Years a craftsman title holds before it is evaluated again. */
        @DefaultValue("3") int termYears) {
}
