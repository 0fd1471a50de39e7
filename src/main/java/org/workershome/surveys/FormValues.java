package org.workershome.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.workershome.core.error.InvalidInput;

/** Dates and numbers of this module's forms, taken as text so that a bad one is an error on its field. */
public final class FormValues {

    private FormValues() {}

    /** The day entered, null when blank; a field error when it is not a date. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.field(field, "surveys.date.invalid");
        }
    }

    /** The number entered, null when blank; a field error when it is not a number. */
    public static BigDecimal number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.field(field, "surveys.answer.number");
        }
    }
}
