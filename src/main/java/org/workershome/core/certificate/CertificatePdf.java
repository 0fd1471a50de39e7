package org.workershome.core.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.time.Times;

import io.nayuki.qrcodegen.QrCode;

/**
 * A certificate as a one-page A4 landscape PDF: the title, the holder, the issuing org and date, the code and a QR
 * code of the public verification page. The Chinese font (WenQuanYi Micro Hei) is embedded as a subset, so the text
 * is extractable and the file looks the same everywhere; Noto CJK's .ttc does not load in PDFBox, hence this one.
 */
@Component
class CertificatePdf {

    static final List<Path> FONT_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"));

    private final OrgDirectory orgs;
    private final MessageSource messages;

    CertificatePdf(OrgDirectory orgs, MessageSource messages) {
        this.orgs = orgs;
        this.messages = messages;
    }

    byte[] render(Certificate certificate, String verifyUrl, Locale locale) {
        Path fontFile = FONT_CANDIDATES.stream().filter(Files::isReadable).findFirst()
                .orElseThrow(() -> new IllegalStateException("WenQuanYi Micro Hei not found (fonts-wqy-microhei): "
                        + FONT_CANDIDATES));
        try (PDDocument document = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile())) {
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(ttf -> first.compareAndSet(null, ttf));
            PDType0Font font = PDType0Font.load(document, first.get(), true);
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float width = a4.getWidth();
                content.setLineWidth(3);
                content.addRect(30, 30, width - 60, a4.getHeight() - 60);
                content.stroke();
                centred(content, font, 40, text("certificate.pdf.heading", locale), width, 470);
                centred(content, font, 28, certificate.getHolderName(), width, 390);
                centred(content, font, 18, certificate.getTitle(), width, 330);
                centred(content, font, 14, orgs.nameOf(certificate.getOrgId()), width, 200);
                centred(content, font, 14, DateTimeFormatter.ISO_LOCAL_DATE.withZone(Times.ZONE)
                        .format(certificate.getIssuedAt()), width, 178);
                line(content, font, 10, text("certificate.pdf.code", locale) + " " + certificate.getCode(), 60, 60);
                line(content, font, 10, verifyUrl, 60, 46);
                qr(content, verifyUrl, width - 150, 50, 100);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static void centred(PDPageContentStream content, PDType0Font font, float size, String text, float pageWidth,
            float y) throws IOException {
        float textWidth = font.getStringWidth(text) / 1000 * size;
        line(content, font, size, text, Math.max(40, (pageWidth - textWidth) / 2), y);
    }

    private static void line(PDPageContentStream content, PDType0Font font, float size, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** The QR code drawn as filled squares: vector, sharp at any zoom, no image library. */
    private static void qr(PDPageContentStream content, String text, float x, float y, float side) throws IOException {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        float cell = side / qr.size;
        for (int row = 0; row < qr.size; row++) {
            for (int col = 0; col < qr.size; col++) {
                if (qr.getModule(col, row)) {
                    content.addRect(x + col * cell, y + side - (row + 1) * cell, cell, cell);
                }
            }
        }
        content.fill();
    }
}
