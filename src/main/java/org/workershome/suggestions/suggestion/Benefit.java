package org.workershome.suggestions.suggestion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import org.workershome.core.error.InvalidInput;

/**
 * The benefit measured after implementation: money saved (yuan a year), working hours saved, emissions cut (tonnes
 * CO2e) and the safety gain in words. Parsed from the form's text so that "abc" or "-5" is a message on its field.
 */
public record Benefit(BigDecimal moneySaved, BigDecimal hoursSaved, BigDecimal emissionsCut, String safetyGain) {

    private static final BigDecimal MAX = new BigDecimal("999999999999");

    public static Benefit parse(String money, String hours, String emissions, String safety) {
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal m = amount(money, "moneySaved", 2, errors);
        BigDecimal h = amount(hours, "hoursSaved", 1, errors);
        BigDecimal e = amount(emissions, "emissionsCut", 2, errors);
        String s = safety == null || safety.isBlank() ? null : safety.strip();
        if (s != null && s.length() > 500) {
            errors.put("safetyGain", "suggestions.benefit.safety.size");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Benefit(m, h, e, s);
    }

    boolean isEmpty() {
        return moneySaved == null && hoursSaved == null && emissionsCut == null && safetyGain == null;
    }

    /** Sum of two benefits, a missing figure counting as nothing (for the unit totals). */
    public static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static BigDecimal amount(String text, String field, int scale, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(",", ""));
            if (value.signum() < 0 || value.compareTo(MAX) > 0) {
                errors.put(field, "suggestions.benefit.number");
                return null;
            }
            return value.setScale(scale, RoundingMode.HALF_UP);
        } catch (NumberFormatException ex) {
            errors.put(field, "suggestions.benefit.number");
            return null;
        }
    }
}
