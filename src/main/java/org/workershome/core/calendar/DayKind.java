package org.workershome.core.calendar;

/** How a listed date overrides the weekday rule: a holiday on a weekday, or a make-up working day (调休) on a weekend. */
public enum DayKind {
    HOLIDAY,
    WORKDAY
}
