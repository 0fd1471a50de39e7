package org.workershome.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.workershome.core.error.InvalidInput;
import org.workershome.library.file.BookFile;
import org.workershome.library.file.BookFiles;
import org.workershome.library.file.BookFormat;
import org.workershome.library.file.EpubWriter;
import org.workershome.library.file.PdfWriter;

/** Book files are judged by content and their metadata read from the EPUB package or the PDF's information. */
class BookFilesTest {

    private static final long MAX = 10L * 1024 * 1024;

    private static BookFile read(String name, byte[] content) {
        return BookFiles.read(name, content, MAX, 100_000);
    }

    private static String refusal(String name, byte[] content) {
        try {
            read(name, content);
        } catch (InvalidInput e) {
            return e.fieldErrors().get("file");
        }
        throw new AssertionError("accepted " + name);
    }

    @Test
    void readsTheOpfMetadataChaptersTextAndCoverOfAGeneratedEpub() {
        byte[] epub = LibraryFixtures.epub("生态文明建设读本", "张三", "在生态文明建设中，职工是主力军。");
        BookFile file = read("upload.epub", epub);
        assertThat(file.format()).isEqualTo(BookFormat.EPUB);
        assertThat(file.metadata().title()).isEqualTo("生态文明建设读本");
        assertThat(file.metadata().author()).isEqualTo("张三");
        assertThat(file.metadata().publisher()).isEqualTo("测试出版社");
        assertThat(file.metadata().isbn()).isEqualTo("9787010000038");
        assertThat(file.metadata().language()).isEqualTo("zh-CN");
        assertThat(file.metadata().year()).isEqualTo(2024);
        assertThat(file.parts()).isEqualTo(3);
        assertThat(file.text()).contains("在生态文明建设中，职工是主力军。").doesNotContain("<p>");
        assertThat(file.cover()).isNotNull();
        assertThat(file.cover().contentType()).isEqualTo("image/png");
        assertThat(file.sha256()).hasSize(64);
    }

    @Test
    void readsAnEpub2PackageWithAnOpfSchemeIsbnAndAMetaCover() throws Exception {
        String opf = """
                <?xml version="1.0"?>
                <package xmlns="http://www.idpf.org/2007/opf" xmlns:opf="http://www.idpf.org/2007/opf" version="2.0">
                  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                    <dc:title>劳动法律维权手册</dc:title><dc:creator>李四</dc:creator><dc:creator>王五</dc:creator>
                    <dc:identifier opf:scheme="ISBN">978-7-01-000002-1</dc:identifier>
                    <meta name="cover" content="c"/>
                  </metadata>
                  <manifest><item id="t" href="t.html" media-type="application/xhtml+xml"/>
                    <item id="c" href="c.png" media-type="image/png"/></manifest>
                  <spine><itemref idref="t"/></spine>
                </package>""";
        byte[] epub = zip(List.of("mimetype", "META-INF/container.xml", "OPS/book.opf", "OPS/t.html", "OPS/c.png"),
                List.of("application/epub+zip", container("OPS/book.opf"), opf, "<html><body><p>合同</p></body></html>",
                        new String(DemoBooks.cover(java.awt.Color.RED), StandardCharsets.ISO_8859_1)));
        BookFile file = read("x.epub", epub);
        assertThat(file.metadata().title()).isEqualTo("劳动法律维权手册");
        assertThat(file.metadata().author()).isEqualTo("李四、王五");
        assertThat(file.metadata().isbn()).isEqualTo("9787010000021");
        assertThat(file.cover()).isNotNull();
    }

    @Test
    void refusesARenamedTextFileAPlainZipAndAnEpubWithoutItsContainer() throws Exception {
        assertThat(refusal("book.epub", LibraryFixtures.text("这只是一个文本文件"))).isEqualTo("library.upload.error.type");
        assertThat(refusal("book.pdf", LibraryFixtures.text("这只是一个文本文件"))).isEqualTo("library.upload.error.type");
        assertThat(refusal("book.epub", zip(List.of("readme.txt"), List.of("hello"))))
                .isEqualTo("library.upload.error.epubMimetype");
        assertThat(refusal("book.epub", zip(List.of("mimetype", "OEBPS/a.xhtml"), List.of("application/epub+zip", "<p/>"))))
                .isEqualTo("library.upload.error.epubContainer");
        assertThat(refusal("book.epub", zip(List.of("mimetype"), List.of("application/zip"))))
                .isEqualTo("library.upload.error.epubMimetype");
        assertThat(refusal("book.pdf", LibraryFixtures.text("%PDF-1.4 not really"))).isEqualTo("library.upload.error.pdf");
    }

    @Test
    void refusesAFileOverTheLimitAndAnEmptyOne() {
        byte[] epub = LibraryFixtures.epub("书", "作者", "正文");
        assertThatThrownBy(() -> BookFiles.read("a.epub", epub, epub.length - 1, 1000)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).fieldErrors().get("file")).isEqualTo("library.upload.error.tooLarge");
        assertThat(refusal("a.epub", new byte[0])).isEqualTo("upload.error.noFile");
    }

    @Test
    void readsTheDocumentInformationPagesAndTextOfAGeneratedChinesePdf() {
        Assumptions.assumeTrue(PdfWriter.fontAvailable(), "WQY MicroHei (fonts-wqy-microhei) is installed");
        byte[] pdf = PdfWriter.write("职工诗文选", "中国农林水利气象工会", 2026,
                List.of(new EpubWriter.Chapter("林海", List.of("清晨的林海披着薄雾。")), new EpubWriter.Chapter("高原", List.of("风。"))));
        BookFile file = read("poems.pdf", pdf);
        assertThat(file.format()).isEqualTo(BookFormat.PDF);
        assertThat(file.metadata().title()).isEqualTo("职工诗文选");
        assertThat(file.metadata().author()).isEqualTo("中国农林水利气象工会");
        assertThat(file.metadata().year()).isEqualTo(2026);
        assertThat(file.parts()).isEqualTo(2);
        assertThat(file.text()).contains("清晨的林海");
        assertThat(file.cover().contentType()).isEqualTo("image/png");
        assertThat(BookFiles.renderPage(pdf, 1, 72)).isNotEmpty();
    }

    static String container(String opf) {
        return "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                + "<rootfiles><rootfile full-path=\"" + opf + "\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>";
    }

    static byte[] zip(List<String> names, List<String> contents) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(contents.get(i).getBytes(names.get(i).endsWith(".png") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
