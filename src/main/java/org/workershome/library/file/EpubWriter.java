package org.workershome.library.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jsoup.nodes.Entities;

/**
 * Writes a small valid EPUB 3 (mimetype first and stored, container, OPF, navigation, one XHTML file per chapter,
 * an optional cover picture): the demo library's books and the tests' fixtures are made with it, so they are
 * real containers that any reader opens.
 */
public final class EpubWriter {

    /** A chapter: its title and its paragraphs. */
    public record Chapter(String title, List<String> paragraphs) {}

    /** What the OPF says about the book. */
    public record Description(String title, String author, String publisher, String isbn, String language, String date) {}

    private EpubWriter() {}

    public static byte[] write(Description d, List<Chapter> chapters, byte[] coverPng) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            byte[] mimetype = Epub.MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "META-INF/container.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                      <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                    </container>
                    """);
            StringBuilder manifest = new StringBuilder();
            StringBuilder spine = new StringBuilder();
            StringBuilder nav = new StringBuilder();
            for (int i = 0; i < chapters.size(); i++) {
                Chapter c = chapters.get(i);
                String file = "text/ch" + (i + 1) + ".xhtml";
                manifest.append("    <item id=\"ch").append(i + 1).append("\" href=\"").append(file)
                        .append("\" media-type=\"application/xhtml+xml\"/>\n");
                spine.append("    <itemref idref=\"ch").append(i + 1).append("\"/>\n");
                nav.append("      <li><a href=\"").append(file).append("\">").append(esc(c.title())).append("</a></li>\n");
                StringBuilder body = new StringBuilder();
                for (String p : c.paragraphs()) {
                    body.append("  <p>").append(esc(p)).append("</p>\n");
                }
                put(zip, "OEBPS/" + file, xhtml(d.language(), c.title(),
                        "  <h2>" + esc(c.title()) + "</h2>\n" + body));
            }
            if (coverPng != null) {
                manifest.append("    <item id=\"cover\" href=\"images/cover.png\" media-type=\"image/png\" properties=\"cover-image\"/>\n");
                put(zip, "OEBPS/images/cover.png", coverPng);
            }
            manifest.append("    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n");
            put(zip, "OEBPS/style.css", "p { text-indent: 2em; line-height: 1.8; }\n");
            put(zip, "OEBPS/nav.xhtml", xhtml(d.language(), d.title(),
                    "  <nav epub:type=\"toc\"><ol>\n" + nav + "  </ol></nav>\n"));
            put(zip, "OEBPS/content.opf", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="bookid">
                      <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                        <dc:identifier id="bookid">%s</dc:identifier>
                        <dc:title>%s</dc:title>
                        <dc:creator>%s</dc:creator>
                        <dc:publisher>%s</dc:publisher>
                        <dc:language>%s</dc:language>
                        <dc:date>%s</dc:date>
                        <meta property="dcterms:modified">2026-12-02T00:00:00Z</meta>
                      </metadata>
                      <manifest>
                        <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                    %s  </manifest>
                      <spine>
                    %s  </spine>
                    </package>
                    """.formatted(esc(d.isbn() == null ? "urn:uuid:" + java.util.UUID.nameUUIDFromBytes(d.title().getBytes(StandardCharsets.UTF_8)) : "urn:isbn:" + d.isbn()),
                    esc(d.title()), esc(d.author()), esc(d.publisher()), esc(d.language()), esc(d.date()), manifest, spine));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String xhtml(String language, String title, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="%s">
                <head><title>%s</title><link rel="stylesheet" type="text/css" href="../style.css"/></head>
                <body>
                %s</body>
                </html>
                """.formatted(esc(language), esc(title), body);
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        put(zip, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }
}
