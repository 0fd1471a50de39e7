package org.workershome.core.excel;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The header and data rows of an uploaded sheet, as text. */
public record ExcelSheet(List<String> header, List<ExcelRow> rows) {

    /** Index of the first header that is one of {@code names} (case and spaces ignored), or -1. */
    public int columnOf(Collection<String> names) {
        for (int i = 0; i < header.size(); i++) {
            String h = normalise(header.get(i));
            if (names.stream().map(ExcelSheet::normalise).anyMatch(h::equals)) {
                return i;
            }
        }
        return -1;
    }

    private static String normalise(String s) {
        return s == null ? "" : s.replaceAll("[\\s*＊]", "").toLowerCase(Locale.ROOT);
    }
}
