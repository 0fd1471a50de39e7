package org.workershome.core.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.workershome.core.time.Times;

/**
 * Writes rows to an .xlsx: one column per {@link #column}, its header a message key, its cells a lambda.
 * Streams to the output as it goes (a {@link Feed} hands rows over while they are read), so large exports need
 * no buffer.
 *
 * <pre>{@code
 * ExcelExport.of(Member.class)
 *         .column("member.name", Member::getName)
 *         .column("member.joinDate", Member::getJoinDate)
 *         .send(response, "会员.xlsx", members, messageSource, locale);
 * }</pre>
 * Cell values: {@code null} is blank; numbers, {@link LocalDate}, {@link LocalDateTime} and {@link Instant}
 * (shown in {@link Times#ZONE}) keep their type; anything else is written as text.
 */
public final class ExcelExport<T> {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private record Column<T>(String headerKey, Function<? super T, ?> value) {}

    private final List<Column<T>> columns = new ArrayList<>();
    private String sheetName = "Sheet1";

    private ExcelExport() {}

    public static <T> ExcelExport<T> of(Class<T> rowType) {
        return new ExcelExport<>();
    }

    public ExcelExport<T> sheet(String name) {
        this.sheetName = name;
        return this;
    }

    public ExcelExport<T> column(String headerKey, Function<? super T, ?> value) {
        columns.add(new Column<>(headerKey, value));
        return this;
    }

    /**
     * Rows handed over while they are read — from a database cursor, a chunk at a time — so that an export of
     * 100,000 members never holds them all: {@code sink -> repository.inChunks(..., chunk -> chunk.forEach(sink))}.
     */
    @FunctionalInterface
    public interface Feed<T> {
        void into(Consumer<? super T> sink);
    }

    /** Writes the workbook: a bold header row of localised column names, then one row per item. */
    public void write(OutputStream out, Iterable<? extends T> rows, MessageSource messages, Locale locale)
            throws IOException {
        write(out, sink -> rows.forEach(sink), messages, locale);
    }

    /**
     * Writes the workbook from a feed. Rows go out to the stream every {@value #FLUSH_ROWS} and text cells are
     * inline strings (no shared-string table growing with the rows): memory stays flat however long the sheet.
     */
    public void write(OutputStream out, Feed<T> feed, MessageSource messages, Locale locale)
            throws IOException {
        Workbook workbook = new Workbook(out, "WorkersHome", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < columns.size(); c++) {
            String key = columns.get(c).headerKey();
            sheet.value(0, c, messages.getMessage(key, null, key, locale));
            sheet.style(0, c).bold().set();
            sheet.width(c, 18);
        }
        sheet.freezePane(0, 1);
        int[] r = {1};
        try {
            feed.into(row -> {
                for (int c = 0; c < columns.size(); c++) {
                    cell(sheet, r[0], c, columns.get(c).value().apply(row));
                }
                if (r[0]++ % FLUSH_ROWS == 0) {
                    flush(sheet);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        workbook.finish();
    }

    private static final int FLUSH_ROWS = 1000;

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the workbook as a download named {@code filename} (any script: the name goes out as UTF-8). */
    public void send(HttpServletResponse response, String filename, Iterable<? extends T> rows, MessageSource messages,
            Locale locale) throws IOException {
        send(response, filename, sink -> rows.forEach(sink), messages, locale);
    }

    /** Sends the workbook from a feed (see {@link Feed}): the download starts before the last row is read. */
    public void send(HttpServletResponse response, String filename, Feed<T> feed, MessageSource messages,
            Locale locale) throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Content-Disposition", contentDisposition(filename));
        response.setHeader("Cache-Control", "no-store");
        write(response.getOutputStream(), feed, messages, locale);
        response.flushBuffer();
    }

    /** {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>} (RFC 6266). */
    static String contentDisposition(String filename) {
        String fallback = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encode(filename);
    }

    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", (int) c));
            }
        }
        return out.toString();
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n) {
            sheet.value(r, c, n);
        } else if (value instanceof Boolean b) {
            sheet.value(r, c, b);
        } else if (value instanceof LocalDate d) {
            sheet.value(r, c, d);
            sheet.style(r, c).format("yyyy-mm-dd").set();
        } else if (value instanceof LocalDateTime t) {
            dateTime(sheet, r, c, t);
        } else if (value instanceof Instant i) {
            dateTime(sheet, r, c, LocalDateTime.ofInstant(i, Times.ZONE));
        } else {
            sheet.inlineString(r, c, value.toString());
        }
    }

    private static void dateTime(Worksheet sheet, int r, int c, LocalDateTime value) {
        sheet.value(r, c, value);
        sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
    }
}
