package org.workershome.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** Upload, duplicates, the subtree rule, Chinese search and the position that follows the account. */
@IntegrationTest
class LibraryPagesTest {

    private static final Pattern BOOK = Pattern.compile("/library/books/(\\d+)/edit\\?uploaded");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private TestHttp.Response upload(TestHttp librarian, String org, String fileName, byte[] content) {
        return upload(librarian, orgId(jdbc, org), fileName, content);
    }

    private static long orgId(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("select id from org where name = ?", Long.class, name);
    }

    private static TestHttp.Response upload(TestHttp librarian, long orgId, String fileName, byte[] content) {
        librarian.get("/library/new");
        return librarian.postMultipart("/library/books", Map.of("orgId", String.valueOf(orgId), "category", "ECOLOGY"),
                "file", fileName, content, "application/octet-stream");
    }

    /** A new book uploaded by the demo librarian, for a test that needs one nobody has opened yet. */
    static long upload(int port, JdbcTemplate jdbc, String org, String fileName, byte[] content) {
        return uploaded(upload(TestHttp.signedIn(port, "librarian"), orgId(jdbc, org), fileName, content));
    }

    private static long uploaded(TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        Matcher m = BOOK.matcher(response.header("Location"));
        assertThat(m.find()).as(response.header("Location")).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aLibrarianUploadsAnEpubWhoseMetadataIsReadAndASecondCopyIsRefusedByName() {
        TestHttp librarian = TestHttp.signedIn(port, "librarian");
        byte[] epub = LibraryFixtures.epub("湿地保护读本", "赵六", "湿地是地球之肾。");
        long id = uploaded(upload(librarian, "中国农林水利气象工会", "wetland.epub", epub));
        String edit = librarian.get("/library/books/" + id + "/edit").body();
        assertThat(edit).contains("value=\"湿地保护读本\"", "value=\"赵六\"", "value=\"9787010000038\"", "value=\"2024\"");

        TestHttp.Response again = upload(librarian, "中国农林水利气象工会", "copy-under-another-name.epub", epub);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("这个文件已在书屋中：《湿地保护读本》");
        assertThat(jdbc.queryForObject("select count(*) from library_book where title = '湿地保护读本'", Long.class)).isOne();

        TestHttp.Response renamed = upload(librarian, "中国农林水利气象工会", "notes.epub", LibraryFixtures.text("纯文本，不是图书"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body()).contains("这不是 EPUB 或 PDF 图书文件。");

        String saved = librarian.postForm("/library/books/" + id, Map.of("title", "湿地保护读本（修订版）", "author", "赵六",
                "publisher", "", "isbn", "", "year", "2025", "description", "湿地与候鸟", "category", "ECOLOGY", "tags", "湿地，候鸟"))
                .header("Location");
        assertThat(saved).endsWith("/library/books/" + id + "?saved");
        assertThat(librarian.get("/library/books/" + id).body()).contains("湿地保护读本（修订版）", "候鸟", "2025");
    }

    @Test
    void aWorkerSeesTheBooksOfTheirOrgsAncestorsButNotAnotherProvincesAndNobodyElseUploads() {
        TestHttp librarian = TestHttp.signedIn(port, "librarian");
        long heilongjiang = uploaded(upload(librarian, "黑龙江省农林水利气象工会", "forest.epub",
                LibraryFixtures.epub("寒区林业作业指南", "钱七", "寒区作业要结伴而行。")));
        long qinghai = uploaded(upload(librarian, "青海省农林水利气象工会", "plateau.epub",
                LibraryFixtures.epub("高原气象观测入门", "孙八", "百叶箱每小时观测一次。")));

        TestHttp station = TestHttp.signedIn(port, "worker.station");
        assertThat(station.get("/library/books/" + heilongjiang).status()).isEqualTo(404);
        assertThat(station.get("/library/books/" + heilongjiang + "/read").status()).isEqualTo(404);
        assertThat(station.get("/library/books/" + heilongjiang + "/download").status()).isEqualTo(404);
        assertThat(station.get("/library/books/" + qinghai).status()).isEqualTo(200);
        assertThat(station.get("/library?q=" + enc("寒区作业")).body()).doesNotContain("寒区林业作业指南");
        assertThat(station.get("/library?q=" + enc("百叶箱")).body()).contains("高原气象观测入门");

        TestHttp forest = TestHttp.signedIn(port, "worker.forest");
        assertThat(forest.get("/library/books/" + heilongjiang).status()).isEqualTo(200);
        assertThat(forest.get("/library/books/" + qinghai).status()).isEqualTo(404);

        assertThat(station.get("/library/new").status()).isEqualTo(403);
        assertThat(station.postMultipart("/library/books", Map.of(), "file", "x.epub",
                LibraryFixtures.epub("工人上传", "某", "正文"), "application/epub+zip").status()).isEqualTo(403);
    }

    @Test
    void chineseSearchFindsTheBooksTextAndFacetsNarrowIt() {
        TestHttp worker = TestHttp.signedIn(port, "worker.station");
        String found = worker.get("/library?q=" + enc("生态文明")).body();
        assertThat(found).contains("生态文明建设读本").doesNotContain("劳动法律维权手册");
        // words inside a chapter, not in the title
        assertThat(worker.get("/library?q=" + enc("加班工资")).body()).contains("劳动法律维权手册");
        String facet = worker.get("/library?category=LABOUR_LAW").body();
        assertThat(facet).contains("劳动法律维权手册").doesNotContain("生态文明建设读本");
    }

    @Test
    void thePositionFollowsTheAccountFromOneSessionToAnother() {
        long book = upload(port, jdbc, "黑龙江省农林水利气象工会", "sync.epub", LibraryFixtures.epub("同步试读本", "郑十一", "开篇。"));
        TestHttp phone = TestHttp.signedIn(port, "worker.forest");
        String chapter = phone.get("/library/books/" + book + "/read?part=2").body();
        assertThat(chapter).contains("第三章的内容。");
        TestHttp.Response moved = phone.postForm("/library/books/" + book + "/position",
                Map.of("part", "2", "progress", "0.6", "_csrf", csrfOf(chapter)));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        TestHttp desktop = TestHttp.signedIn(port, "worker.forest");
        String again = desktop.get("/library/books/" + book + "/read").body();
        assertThat(again).contains("data-part=\"2\"", "data-progress=\"0.6\"", "第三章的内容。");
        assertThat(TestHttp.signedIn(port, "rep.forest").get("/library/books/" + book + "/read").body())
                .as("another account starts at the beginning").contains("data-part=\"0\"");

        TestHttp.Response late = desktop.postForm("/library/books/" + book + "/position",
                Map.of("part", "0", "progress", "0.1", "at", "1000"));
        assertThat(late.status()).isEqualTo(200);
        assertThat(phone.get("/library/books/" + book + "/position").body()).as("an old queued report does not win")
                .contains("\"part\":2");

        String marked = desktop.postForm("/library/books/" + book + "/bookmarks", Map.of("part", "2", "progress", "0.6",
                "note", "重读此处")).header("Location");
        assertThat(marked).contains("/read?part=2");
        assertThat(phone.get("/library/books/" + book + "/read").body()).contains("重读此处");
        assertThat(phone.getWithHeader("/library/books/" + book + "/read?part=0", "Sec-Fetch-Mode", "cors").body())
                .as("a service worker keeping the book offline does not move the position").contains("第一章");
        assertThat(phone.get("/library/books/" + book + "/position").body()).contains("\"part\":2");
        assertThat(desktop.get("/me").body()).as("continue reading on the home page").contains("同步试读本", "3 / 3");
    }

    @Test
    void aPdfIsReadPageByPageAsPictures() {
        Long book = jdbc.query("select id from library_book where format = 'PDF' order by id",
                rs -> rs.next() ? rs.getLong(1) : null);
        org.junit.jupiter.api.Assumptions.assumeTrue(book != null, "the demo PDF needs WQY MicroHei");
        TestHttp worker = TestHttp.signedIn(port, "worker.station");
        assertThat(worker.get("/library/books/" + book + "/read?part=1").body()).contains("/pages/1.png");
        TestHttp.Response png = worker.get("/library/books/" + book + "/pages/1.png");
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.header("Content-Type")).isEqualTo("image/png");
        assertThat(worker.get("/library/books/" + book + "/pages/99.png").status()).isEqualTo(404);
    }

    @Test
    void onlyPicturesAndStylesheetsTheManifestListsLeaveAnEpub() {
        long book = jdbc.queryForObject("select id from library_book where title = '生态文明建设读本'", Long.class);
        TestHttp worker = TestHttp.signedIn(port, "worker.station");
        assertThat(worker.get("/library/books/" + book + "/files/OEBPS/style.css").status()).isEqualTo(200);
        assertThat(worker.get("/library/books/" + book + "/files/OEBPS/images/cover.png").status()).isEqualTo(200);
        assertThat(worker.get("/library/books/" + book + "/files/OEBPS/content.opf").status()).isEqualTo(404);
        assertThat(worker.get("/library/books/" + book + "/files/OEBPS/text/ch1.xhtml").status()).isEqualTo(404);
        assertThat(worker.get("/library/books/" + book + "/files/META-INF/container.xml").status()).isEqualTo(404);
        assertThat(worker.get("/library/books/" + book + "/files/OEBPS/%2e%2e/%2e%2e/etc/passwd").status()).isIn(400, 404);
    }

    /** Worker pages within the 30 KB first-load budget (gzipped page, stylesheets and scripts; the book's pictures aside). */
    @Test
    void theCatalogueBookPageAndReaderFitTheWorkerBudget() {
        long book = jdbc.queryForObject("select id from library_book where title = '劳动法律维权手册'", Long.class);
        TestHttp worker = TestHttp.signedIn(port, "worker.station");
        for (String path : java.util.List.of("/library", "/library?q=" + enc("劳动"), "/library/books/" + book,
                "/library/books/" + book + "/read?part=1")) {
            int bytes = org.workershome.support.PageWeight.of(worker, path).firstLoadBytes();
            assertThat(bytes).as(path).isLessThanOrEqualTo(30 * 1024);
        }
    }

    private static String csrfOf(String html) {
        Matcher m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
