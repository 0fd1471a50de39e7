package org.workershome.training;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;
import org.workershome.core.time.Times;

/** Times on the training pages, in the union's zone ({@code @trainingTime.at(…)} in templates). */
@Component("trainingTime")
public class TrainingTime {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(Times.ZONE));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(Times.ZONE));
    }

    /** The value of a {@code datetime-local} input. */
    public String input(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(Times.ZONE));
    }

    /** A {@code datetime-local} input's value in the union's zone; null when empty or not a time. */
    public static Instant parseInput(String text) {
        try {
            return text == null || text.isBlank() ? null
                    : java.time.LocalDateTime.parse(text.strip()).atZone(Times.ZONE).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Milliseconds since the epoch, for the page's countdown. */
    public long millis(Instant instant) {
        return instant == null ? 0 : instant.toEpochMilli();
    }
}
