package org.workershome.core.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an auditor looks for; blank means "any". User name and action match by prefix ({@code LOGIN} finds
 * {@code LOGIN_SUCCESS} and {@code LOGIN_FAILURE}), target type and id exactly; dates are Beijing days, inclusive.
 */
public record AuditFilter(String username, String action, String targetType, String targetId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public AuditFilter {
        username = clean(username);
        action = clean(action);
        targetType = clean(targetType);
        targetId = clean(targetId);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
