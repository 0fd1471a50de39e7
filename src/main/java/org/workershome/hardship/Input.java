package org.workershome.hardship;

/** What every text field of the module's forms gets: stripped, and blank taken as absent. */
final class Input {

    private Input() {}

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
