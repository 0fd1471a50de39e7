package org.workershome.homes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.workershome.core.error.InvalidInput;

/** Form fields read as text and parsed here, so that a bad value is a field error in the reader's language. */
final class Inputs {

    private Inputs() {}

    static LocalDate date(String text, String field, String key) {
        try {
            return blank(text) ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.field(field, key);
        }
    }

    /** A {@code datetime-local} value (2026-12-05T10:00), or with a space instead of the T. */
    static LocalDateTime dateTime(String text, String field, String key) {
        try {
            return blank(text) ? null : LocalDateTime.parse(text.strip().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw InvalidInput.field(field, key);
        }
    }

    static BigDecimal decimal(String text, String field, String key) {
        try {
            return blank(text) ? null : new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw InvalidInput.field(field, key);
        }
    }

    static Integer integer(String text, String field, String key) {
        try {
            return blank(text) ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.field(field, key);
        }
    }

    /** The month asked for (2026-12), or the current one when absent or malformed. */
    static YearMonth month(String text, YearMonth current) {
        try {
            return blank(text) ? current : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return current;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
