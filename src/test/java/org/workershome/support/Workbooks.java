package org.workershome.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reading exported workbooks in tests, and writing small ones to upload. */
public final class Workbooks {

    private Workbooks() {}

    /** Every cell's text of every sheet, a line per row, cells separated by tabs; fails if it is no workbook. */
    public static String text(byte[] xlsx) {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder text = new StringBuilder();
            for (var sheet : book.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    text.append(row.stream().map(c -> c == null ? "" : cellText(c)).collect(Collectors.joining("\t")))
                            .append('\n');
                }
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("not a workbook", e);
        }
    }

    /** A workbook of one sheet, the rows as given (the first usually the header). */
    public static byte[] of(String sheetName, String[]... rows) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "workers-home-test", "1.0");
            org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    sheet.value(r, c, rows[r][c]);
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String cellText(Cell cell) {
        return cell.getText() == null ? "" : cell.getText();
    }
}
