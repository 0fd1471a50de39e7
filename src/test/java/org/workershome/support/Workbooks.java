package org.workershome.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reading exported workbooks in tests. */
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

    private static String cellText(Cell cell) {
        return cell.getText() == null ? "" : cell.getText();
    }
}
