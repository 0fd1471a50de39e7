package org.workershome.core.module;

import java.time.LocalDate;

/**
 * One thing a member has achieved, as its module tells it to the others: a competition prize, a craftsman title, an
 * adopted suggestion, a studio membership, a course passed. {@code kind} is a message key naming the kind (also what
 * a career path matches on), {@code title} the record's own words (a competition's name), {@code field} the
 * occupation or skill it is in when the module knows it, {@code link} where it can be seen (may be null).
 */
public record Achievement(String kind, String title, LocalDate on, String field, String link) {}
