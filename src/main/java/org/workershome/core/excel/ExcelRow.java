package org.workershome.core.excel;

import java.util.List;

/**
 * One data row of an uploaded sheet.
 *
 * @param number the row number as Excel shows it (1-based, the header counted), for error reports
 */
public record ExcelRow(int number, List<String> cells) {

    /** The cell's text, empty when the column is missing ({@code index} -1) or the cell is blank. */
    public String cell(int index) {
        return index < 0 || index >= cells.size() ? "" : cells.get(index);
    }
}
