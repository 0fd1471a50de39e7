package org.workershome.hardship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/** Amounts in yuan: two decimals, shown in the Chinese way (¥1,234.50). */
public final class Money {

    private Money() {}

    public static String format(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.CHINA));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A positive amount with at most two decimals, or null. */
    static BigDecimal positive(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
            return null;
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** An amount as typed in a form ("1,234.50", "¥800"), or null when blank; a wrong one goes to {@code errors}. */
    static BigDecimal parse(String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip().replace(",", "").replace("¥", ""));
        } catch (NumberFormatException e) {
            errors.put(field, "hardship.amount.invalid");
            return null;
        }
    }
}
