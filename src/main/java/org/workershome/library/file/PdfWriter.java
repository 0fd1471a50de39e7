package org.workershome.library.file;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a small Chinese PDF with PDFBox and WQY MicroHei (Debian's {@code fonts-wqy-microhei}; Noto CJK's
 * {@code .ttc} fails in PDFBox), one page per chapter, wrapped by characters: the demo library's PDF and the
 * tests' fixture.
 */
public final class PdfWriter {

    public static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private PdfWriter() {}

    public static boolean fontAvailable() {
        return FONT.isFile();
    }

    public static byte[] write(String title, String author, int year, List<EpubWriter.Chapter> pages) {
        try (PDDocument pdf = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(FONT)) {
            TrueTypeFont ttf = fonts.getFontByName("WenQuanYiMicroHei");
            PDType0Font font = PDType0Font.load(pdf, ttf, true);
            for (EpubWriter.Chapter page : pages) {
                PDPage p = new PDPage(PDRectangle.A5);
                pdf.addPage(p);
                try (PDPageContentStream out = new PDPageContentStream(pdf, p)) {
                    float y = p.getMediaBox().getHeight() - 50;
                    y = lines(out, font, 16, y, page.title());
                    for (String paragraph : page.paragraphs()) {
                        y = lines(out, font, 11, y - 6, "　　" + paragraph);
                    }
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            Calendar created = Calendar.getInstance();
            created.clear();
            created.set(year, Calendar.JANUARY, 1);
            info.setCreationDate(created);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float lines(PDPageContentStream out, PDType0Font font, float size, float y, String text) throws IOException {
        float width = PDRectangle.A5.getWidth() - 80;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int cp : text.codePoints().toArray()) {
            String next = line + new String(Character.toChars(cp));
            if (font.getStringWidth(next) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(new String(Character.toChars(cp)));
            } else {
                line = new StringBuilder(next);
            }
        }
        lines.add(line.toString());
        for (String l : lines) {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(40, y);
            out.showText(l);
            out.endText();
            y -= size * 1.6f;
        }
        return y;
    }
}
