package org.workershome.core.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.InvalidInput;

/**
 * Reads the first sheet of an uploaded .xlsx into text cells: the first non-empty row is the header, empty
 * rows are skipped, dates come out as {@code yyyy-MM-dd}, whole numbers without decimals or exponent.
 * The upload is judged by its content, not its name: it must be a zip that opens as a workbook.
 * Failures are {@link InvalidInput} on the field {@code file}, with message keys {@code excel.error.*}.
 */
public final class ExcelImport {

    /** A sensible cap for one upload; callers may choose another. */
    public static final int DEFAULT_MAX_ROWS = 5_000;

    static final String FIELD = "file";
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

    private ExcelImport() {}

    public static ExcelSheet read(MultipartFile file, int maxRows) {
        if (file == null || file.isEmpty()) {
            throw InvalidInput.field(FIELD, "excel.error.noFile");
        }
        try (InputStream in = file.getInputStream()) {
            return read(in, maxRows);
        } catch (IOException e) {
            throw InvalidInput.field(FIELD, "excel.error.notExcel");
        }
    }

    public static ExcelSheet read(InputStream in, int maxRows) {
        byte[] content;
        try {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length < ZIP_MAGIC.length || !Arrays.equals(content, 0, ZIP_MAGIC.length, ZIP_MAGIC, 0, ZIP_MAGIC.length)) {
            throw InvalidInput.field(FIELD, "excel.error.notExcel");
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), OPTIONS);
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<String> header = null;
            List<ExcelRow> data = new ArrayList<>();
            for (Row row : (Iterable<Row>) rows::iterator) {
                List<String> cells = cells(row);
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (data.size() == maxRows) {
                    throw new BusinessException(HttpStatus.BAD_REQUEST, "excel.error.tooManyRows", maxRows);
                }
                data.add(new ExcelRow(row.getRowNum(), cells));
            }
            if (header == null) {
                throw InvalidInput.field(FIELD, "excel.error.empty");
            }
            return new ExcelSheet(header, data);
        } catch (BusinessException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Not a workbook inside (another zip, a damaged file): the user sees the same refusal.
            throw InvalidInput.field(FIELD, "excel.error.notExcel");
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY || cell.getType() == CellType.ERROR) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            if (isDateFormat(cell)) {
                return cell.asDate().toLocalDate().toString();
            }
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text.strip();
    }

    private static boolean isDateFormat(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String unquoted = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase();
        return unquoted.contains("y") || unquoted.contains("d");
    }
}
