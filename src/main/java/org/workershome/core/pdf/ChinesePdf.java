package org.workershome.core.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import io.nayuki.qrcodegen.QrCode;

/**
 * A PDF being drawn with WenQuanYi Micro Hei embedded as a subset, so that its Chinese text is extractable and looks
 * the same everywhere (Noto CJK's .ttc does not load in PDFBox, hence this font). Text is placed at a point
 * ({@link #text}, {@link #centred}) or flows down from the top margin, wrapped and onto new pages
 * ({@link #heading}, {@link #paragraph}). Characters the font lacks (an emoji typed into a form) become "?" rather
 * than failing the document. Not thread-safe; one per document, closed after {@link #toBytes}.
 */
public final class ChinesePdf implements AutoCloseable {

    public static final List<Path> FONT_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"));

    public static final PDRectangle A4 = PDRectangle.A4;
    public static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private static final float LEADING = 1.6f;

    private final PDDocument document = new PDDocument();
    private final TrueTypeCollection collection;
    private final PDType0Font font;
    private final PDRectangle size;
    private final float margin;
    private PDPageContentStream content;
    private float cursor;

    private ChinesePdf(PDRectangle size, float margin) throws IOException {
        Path fontFile = FONT_CANDIDATES.stream().filter(Files::isReadable).findFirst()
                .orElseThrow(() -> new IllegalStateException("WenQuanYi Micro Hei not found (fonts-wqy-microhei): "
                        + FONT_CANDIDATES));
        this.collection = new TrueTypeCollection(fontFile.toFile());
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        collection.processAllFonts(ttf -> first.compareAndSet(null, ttf));
        this.font = PDType0Font.load(document, first.get(), true);
        this.size = size;
        this.margin = margin;
        newPage();
    }

    /** A document of one page of the size given, text kept {@code margin} points from its edges. */
    public static ChinesePdf create(PDRectangle size, float margin) {
        try {
            return new ChinesePdf(size, margin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public float width() {
        return size.getWidth();
    }

    public float height() {
        return size.getHeight();
    }

    /** Where flowing text goes next, in points from the bottom. */
    public float cursor() {
        return cursor;
    }

    public void newPage() {
        io(() -> {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            cursor = size.getHeight() - margin;
        });
    }

    /** One line of text with its baseline starting at (x, y). */
    public void text(String text, float fontSize, float x, float y) {
        String shown = printable(text);
        io(() -> {
            content.beginText();
            content.setFont(font, fontSize);
            content.newLineAtOffset(x, y);
            content.showText(shown);
            content.endText();
        });
    }

    /** One line centred across the page at height y. */
    public void centred(String text, float fontSize, float y) {
        String shown = printable(text);
        text(shown, fontSize, Math.max(margin, (width() - widthOf(shown, fontSize)) / 2), y);
    }

    /** A frame: a rectangle's outline. */
    public void frame(float x, float y, float w, float h, float lineWidth) {
        io(() -> {
            content.setLineWidth(lineWidth);
            content.addRect(x, y, w, h);
            content.stroke();
        });
    }

    /** A QR code of the text, drawn as filled squares (vector, sharp at any zoom, no image library). */
    public void qr(String text, float x, float y, float side) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        float cell = side / qr.size;
        io(() -> {
            for (int row = 0; row < qr.size; row++) {
                for (int col = 0; col < qr.size; col++) {
                    if (qr.getModule(col, row)) {
                        content.addRect(x + col * cell, y + side - (row + 1) * cell, cell, cell);
                    }
                }
            }
            content.fill();
        });
    }

    /** A centred line at the cursor, then the cursor below it. */
    public void heading(String text, float fontSize) {
        room(fontSize);
        cursor -= fontSize;
        centred(text, fontSize, cursor);
        cursor -= fontSize * (LEADING - 1);
    }

    /** Text wrapped between the margins from the cursor down (its line breaks kept), onto new pages when full. */
    public void paragraph(String text, float fontSize) {
        for (String line : wrap(printable(text), fontSize, width() - 2 * margin)) {
            room(fontSize);
            cursor -= fontSize;
            text(line, fontSize, margin, cursor);
            cursor -= fontSize * (LEADING - 1);
        }
    }

    /** Empty space below the last line. */
    public void gap(float points) {
        cursor -= points;
    }

    /** Ends the document: its bytes. */
    public byte[] toBytes() {
        try {
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (document; collection) {
            // both closed, the collection after the document has embedded its subset
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void room(float fontSize) {
        if (cursor - fontSize * LEADING < margin) {
            newPage();
        }
    }

    List<String> wrap(String text, float fontSize, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r?\n", -1)) {
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < paragraph.length()) {
                int cp = paragraph.codePointAt(i);
                String next = line + new String(Character.toChars(cp));
                if (line.length() > 0 && widthOf(next, fontSize) > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                    continue;
                }
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float widthOf(String text, float fontSize) {
        try {
            return font.getStringWidth(text) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with what the font cannot show (control characters, glyphs it lacks) as "?". */
    private String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                shown.append('\n');
            } else if (Character.isISOControl(cp)) {
                shown.append(' ');
            } else if (encodable(cp)) {
                shown.appendCodePoint(cp);
            } else {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    private boolean encodable(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    private static void io(Drawing drawing) {
        try {
            drawing.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
