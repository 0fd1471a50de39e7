package org.workershome.library.file;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.files.UploadCheck;

/**
 * Judges a book upload by its content, never by its name: an EPUB is a zip with the EPUB container (see
 * {@link Epub#open}), a PDF is what PDFBox can open. A renamed text file or a plain zip is refused with a
 * localised message on the field {@code file}. Reads the metadata, the parts, the text and the cover.
 */
public final class BookFiles {

    public static final String FIELD = UploadCheck.FIELD;
    private static final UploadCheck COVER = UploadCheck.of(UploadCheck.IMAGES, UploadCheck.TEN_MB);

    private BookFiles() {}

    public static BookFile read(String fileName, byte[] content, long maxBytes, int maxTextChars) {
        if (content == null || content.length == 0) {
            throw InvalidInput.field(FIELD, "upload.error.noFile");
        }
        if (content.length > maxBytes) {
            throw InvalidInput.field(FIELD, "library.upload.error.tooLarge");
        }
        String name = cleanName(fileName);
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K') {
            return epub(name, content, maxTextChars);
        }
        if (content.length > 5 && new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return pdf(name, content, maxTextChars);
        }
        throw InvalidInput.field(FIELD, "library.upload.error.type");
    }

    private static BookFile epub(String name, byte[] content, int maxTextChars) {
        Epub epub;
        try {
            epub = Epub.open(content);
        } catch (Epub.NotAnEpub e) {
            throw InvalidInput.field(FIELD, e.messageKey());
        }
        StringBuilder text = new StringBuilder();
        for (Epub.Item chapter : epub.spine()) {
            if (text.length() >= maxTextChars) {
                break;
            }
            epub.entry(chapter.path()).ifPresent(x -> text.append(Jsoup.parse(new String(x, StandardCharsets.UTF_8)).text()).append('\n'));
        }
        BookFile.Cover cover = epub.coverItem().flatMap(i -> epub.entry(i.path())).flatMap(BookFiles::cover).orElse(null);
        String title = epub.dc("title").stream().findFirst().orElse(stem(name));
        BookFile.Metadata metadata = new BookFile.Metadata(cut(title, 300), cut(String.join("、", epub.dc("creator")), 200),
                cut(epub.dc("publisher").stream().findFirst().orElse(null), 200), epub.isbn().orElse(null),
                cut(epub.dc("language").stream().findFirst().orElse(null), 20), year(epub.dc("date")));
        return new BookFile(BookFormat.EPUB, ensureExtension(name, "epub"), content, sha256(content), metadata,
                epub.spine().size(), cut(text.toString(), maxTextChars), cover);
    }

    private static BookFile pdf(String name, byte[] content, int maxTextChars) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.getNumberOfPages() == 0) {
                throw InvalidInput.field(FIELD, "library.upload.error.pdf");
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(Math.min(pdf.getNumberOfPages(), 200));
            String text = stripper.getText(pdf);
            Integer year = info.getCreationDate() == null ? null : info.getCreationDate().get(java.util.Calendar.YEAR);
            String title = blank(info.getTitle()) ? stem(name) : info.getTitle().strip();
            BookFile.Metadata metadata = new BookFile.Metadata(cut(title, 300), cut(blankToNull(info.getAuthor()), 200),
                    null, null, null, year);
            BookFile.Cover cover = new BookFile.Cover(png(new PDFRenderer(pdf).renderImageWithDPI(0, 36)), "image/png");
            return new BookFile(BookFormat.PDF, ensureExtension(name, "pdf"), content, sha256(content), metadata,
                    pdf.getNumberOfPages(), cut(text, maxTextChars), cover);
        } catch (IOException e) {
            throw InvalidInput.field(FIELD, "library.upload.error.pdf");
        }
    }

    /** One page of a PDF as a PNG, for the reader on phones (which have no PDF viewer in the page). */
    public static byte[] renderPage(byte[] pdfContent, int page, float dpi) {
        try (PDDocument pdf = Loader.loadPDF(pdfContent)) {
            if (page < 0 || page >= pdf.getNumberOfPages()) {
                return null;
            }
            return png(new PDFRenderer(pdf).renderImageWithDPI(page, dpi));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<BookFile.Cover> cover(byte[] bytes) {
        return COVER.typeOf(bytes).map(type -> new BookFile.Cover(bytes, type.contentType()));
    }

    /** A picture as PNG bytes (covers, PDF pages). */
    public static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static Integer year(List<String> dates) {
        return dates.stream().map(d -> d.length() >= 4 ? d.substring(0, 4) : "").filter(y -> y.matches("\\d{4}"))
                .map(Integer::valueOf).findFirst().orElse(null);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String cleanName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String ensureExtension(String name, String extension) {
        String base = name.isEmpty() ? "book" : name;
        return base.toLowerCase().endsWith("." + extension) ? base : stem(base) + "." + extension;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.isBlank() ? "book" : stem;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
