package org.workershome.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.files.FileStore;
import org.workershome.core.files.GeotaggedPhotos;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class AppealAttachmentTest {

    /** A real 1×1 PNG. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    /** API clients carry no CSRF token; this only keeps TestHttp from fetching one. */
    static final Map<String, String> NO_FIELDS = Map.of("_csrf", "-");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired WorkersHomeProperties properties;
    @Autowired FileStore fileStore;
    @Autowired TransactionTemplate tx;

    private String submit(TestHttp worker, String title, boolean anonymous) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "WAGES");
        body.put("title", title);
        body.put("content", "工资条与考勤记录见附件。");
        body.put("anonymous", anonymous);
        TestHttp.Response response = worker.postJson("/api/v1/appeals", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("trackingNo").asString();
    }

    private TestHttp.Response attach(TestHttp who, String no, String fileName, byte[] content, String declaredType) {
        return who.postMultipart("/api/v1/appeals/" + no + "/attachments", NO_FIELDS, "file", fileName, content, declaredType);
    }

    private long storedFiles() {
        Path root = properties.dataDir().resolve("files");
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long attachmentRows(String no) {
        return jdbc.queryForObject("select count(*) from attachment f join appeal a on a.id = f.target_id and f.target_type = 'appeal'"
                + " where a.tracking_no = ?", Long.class, no);
    }

    private static List<String> fields(TestHttp.Response problem) {
        return problem.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    @Test
    void pngAndPdfAttachAndDownloadByteIdentical() {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        String no = submit(worker, "附件-工资条", false);

        TestHttp.Response png = attach(worker, no, "工资条.png", PNG, "image/png");
        assertThat(png.status()).as(png.body()).isEqualTo(201);
        assertThat(png.json().get("fileName").asString()).isEqualTo("工资条.png");
        assertThat(png.json().get("contentType").asString()).isEqualTo("image/png");
        assertThat(png.json().get("size").asLong()).isEqualTo(PNG.length);
        TestHttp.Response pdf = attach(TestHttp.api(port, "cadre.forest"), no, "考勤.pdf", PDF, "application/octet-stream");
        assertThat(pdf.status()).as("a handler adds a file too; typed by content, not by the browser").isEqualTo(201);
        assertThat(pdf.json().get("contentType").asString()).isEqualTo("application/pdf");

        JsonNode appeal = worker.get("/api/v1/appeals/" + no).json();
        assertThat(appeal.get("attachments")).extracting(a -> a.get("fileName").asString())
                .containsExactly("工资条.png", "考勤.pdf");

        long pngId = png.json().get("id").asLong();
        TestHttp.Response download = TestHttp.api(port, "cadre.forest").get("/api/v1/appeals/" + no + "/attachments/" + pngId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(PNG);
        assertThat(download.header("Content-Type")).isEqualTo("image/png");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");

        TestHttp.Response page = TestHttp.signedIn(port, "worker.forest")
                .get("/appeals/" + no + "/attachments/" + pdf.json().get("id").asLong());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.bytes()).isEqualTo(PDF);
        assertThat(page.header("Content-Type")).isEqualTo("application/pdf");

        String key = jdbc.queryForObject("select storage_key from attachment where id = ?", String.class, pngId);
        assertThat(key).matches("\\d{4}/\\d{2}/[0-9a-f-]{36}").doesNotContain("工资条");
        assertThat(properties.dataDir().resolve("files").resolve(key)).exists();
    }

    @Test
    void aPhotosGpsPositionNeverReachesTheStore() throws IOException {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        String no = submit(worker, "附件-带定位的照片", false);
        TestHttp.Response photo = attach(worker, no, "IMG_0001.jpg", GeotaggedPhotos.jpeg(), "image/jpeg");
        assertThat(photo.status()).as(photo.body()).isEqualTo(201);
        long id = photo.json().get("id").asLong();

        String key = jdbc.queryForObject("select storage_key from attachment where id = ?", String.class, id);
        byte[] stored;
        try (var in = fileStore.open(key)) {
            stored = in.readAllBytes();
        }
        GeotaggedPhotos.assertCleanJpeg(stored);
        assertThat(photo.json().get("size").asLong()).isEqualTo(stored.length);
        assertThat(TestHttp.api(port, "cadre.forest").get("/api/v1/appeals/" + no + "/attachments/" + id).bytes())
                .isEqualTo(stored);
    }

    @Test
    void textRenamedPngIsRefusedNamingFileAndNothingIsStored() {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        String no = submit(worker, "附件-伪装图片", false);
        long before = storedFiles();

        TestHttp.Response response = attach(worker, no, "photo.png", "not an image at all".getBytes(StandardCharsets.UTF_8), "image/png");
        TestHttp.Response exe = attach(worker, no, "scan.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, "application/pdf");

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("file");
        assertThat(exe.status()).isEqualTo(400);
        assertThat(attachmentRows(no)).isZero();
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void fileOverTenMegabytesIsRefused() {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        String no = submit(worker, "附件-超大文件", false);
        long before = storedFiles();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);

        TestHttp.Response response = attach(worker, no, "big.png", big, "image/png");

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("file");
        assertThat(attachmentRows(no)).isZero();
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void cadreOfAnotherOrgGetsNotFoundForAttachments() {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        String no = submit(worker, "附件-他人不可见", false);
        long id = attach(worker, no, "a.png", PNG, "image/png").json().get("id").asLong();

        TestHttp station = TestHttp.api(port, "cadre.station");
        assertThat(station.get("/api/v1/appeals/" + no + "/attachments/" + id).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "cadre.station").get("/appeals/" + no + "/attachments/" + id).status()).isEqualTo(404);
        assertThat(attach(station, no, "b.png", PNG, "image/png").status()).isEqualTo(404);
        assertThat(TestHttp.api(port, "cadre.forest").get("/api/v1/appeals/" + no + "/attachments/" + id).status()).isEqualTo(200);

        String other = submit(worker, "附件-另一诉求", false);
        assertThat(worker.get("/api/v1/appeals/" + other + "/attachments/" + id).status())
                .as("a file is only reachable through its own appeal").isEqualTo(404);
    }

    @Test
    void theOwnerDownloadsWithTheOneResponseAndAnotherWorkerGetsNotFound() {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        String no = submit(worker, "附件-本人下载", false);
        long id = attach(worker, no, "工资条 3月.png", PNG, "image/png").json().get("id").asLong();

        for (TestHttp.Response own : List.of(worker.get("/api/v1/appeals/" + no + "/attachments/" + id),
                TestHttp.signedIn(port, "worker.forest").get("/appeals/" + no + "/attachments/" + id))) {
            assertThat(own.status()).isEqualTo(200);
            assertThat(own.bytes()).isEqualTo(PNG);
            assertThat(own.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(own.header("Cache-Control")).isEqualTo("no-store");
            assertThat(own.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"___ 3_.png\"; filename*=UTF-8''%E5%B7%A5%E8%B5%84%E6%9D%A1%203%E6%9C%88.png");
        }

        TestHttp other = TestHttp.api(port, "worker.station");
        assertThat(other.get("/api/v1/appeals/" + no + "/attachments/" + id).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "worker.station").get("/appeals/" + no + "/attachments/" + id).status())
                .isEqualTo(404);
        assertThat(attach(other, no, "c.png", PNG, "image/png").status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select created_by_account_id from attachment where id = ?", Long.class, id))
                .isEqualTo(jdbc.queryForObject("select id from account where username = 'worker.forest'", Long.class));
    }

    @Test
    void anAppealTakesTwentyFilesAndNoMore() {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        String no = submit(worker, "附件-上限", false);
        for (int i = 0; i < AppealAttachmentManagement.MAX_PER_APPEAL; i++) {
            assertThat(attach(worker, no, i + ".png", PNG, "image/png").status()).isEqualTo(201);
        }
        TestHttp.Response refused = attach(worker, no, "more.png", PNG, "image/png");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("file");
        assertThat(attachmentRows(no)).isEqualTo(AppealAttachmentManagement.MAX_PER_APPEAL);
    }

    @Test
    void anonymousAppealsFilesKeepTheirNamesButNeverShowTheWorker() {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        String no = submit(worker, "附件-匿名", true);
        long id = attach(worker, no, "加班记录.png", PNG, "image/png").json().get("id").asLong();
        String name = jdbc.queryForObject("select display_name from account where username = 'worker.forest'", String.class);

        TestHttp cadre = TestHttp.api(port, "cadre.forest");
        TestHttp.Response download = cadre.get("/api/v1/appeals/" + no + "/attachments/" + id);
        assertThat(download.bytes()).isEqualTo(PNG);
        assertThat(download.headers().toString()).contains("attachment").doesNotContain("worker.forest").doesNotContain(name);
        JsonNode files = cadre.get("/api/v1/appeals/" + no).json().get("attachments");
        assertThat(files.get(0).get("fileName").asString()).isEqualTo("加班记录.png");
        assertThat(files.get(0).propertyNames()).containsExactlyInAnyOrder("id", "fileName", "contentType", "size");
        assertThat(TestHttp.signedIn(port, "cadre.forest").get("/appeals/" + no).body())
                .contains("加班记录.png").doesNotContain(name);
    }

    @Test
    void submissionFormWithABadFileCreatesNothing() {
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        String title = "表单附件-" + UUID.randomUUID().toString().substring(0, 8);
        long before = storedFiles();

        TestHttp.Response response = worker.postMultipart("/appeals", form(title), "files", "工资条.png",
                "这不是图片".getBytes(StandardCharsets.UTF_8), "image/png");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"appeal-form\"").contains("按文件内容判断");
        assertThat(jdbc.queryForObject("select count(*) from appeal where title = ?", Long.class, title)).isZero();
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void submissionFormWithAnImageCreatesTheAppealWithIt() {
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        String title = "表单附件-" + UUID.randomUUID().toString().substring(0, 8);

        TestHttp.Response response = worker.postMultipart("/appeals", form(title), "files", "现场.png", PNG, "image/png");

        assertThat(response.status()).as(response.body()).isEqualTo(302);
        String no = jdbc.queryForObject("select tracking_no from appeal where title = ?", String.class, title);
        assertThat(response.header("Location")).contains(no);
        assertThat(attachmentRows(no)).isEqualTo(1);
        assertThat(worker.get("/appeals/" + no).body()).contains("现场.png");
    }

    @Test
    void workerAddsAFileOnTheDetailPageWhileTheAppealIsOpen() {
        TestHttp api = TestHttp.api(port, "worker.forest");
        String no = submit(api, "附件-详情页补充", false);
        TestHttp page = TestHttp.signedIn(port, "worker.forest");

        TestHttp.Response added = page.postMultipart("/appeals/" + no + "/attachments", Map.of(), "file", "补充.pdf", PDF, "application/pdf");
        TestHttp.Response refused = page.postMultipart("/appeals/" + no + "/attachments", Map.of(), "file", "x.png",
                "text".getBytes(StandardCharsets.UTF_8), "image/png");

        assertThat(added.status()).isEqualTo(302);
        assertThat(refused.status()).as("the page again, with the reason at the file field").isEqualTo(200);
        assertThat(refused.body()).contains("按文件内容判断").contains("补充.pdf");
        assertThat(attachmentRows(no)).isEqualTo(1);

        assertThat(api.postJson("/api/v1/appeals/" + no + "/actions", Map.of("action", "WITHDRAW")).status()).isEqualTo(200);
        assertThat(attach(api, no, "late.png", PNG, "image/png").status()).as("closed appeals take no more files").isEqualTo(409);
        assertThat(page.get("/appeals/" + no).body()).contains("补充.pdf").doesNotContain("name=\"file\"");
    }

    @Test
    void aFileSavedInATransactionThatRollsBackIsDeleted() {
        String[] key = new String[1];
        tx.executeWithoutResult(status -> {
            key[0] = fileStore.save(PDF);
            assertThat(fileStore.exists(key[0])).isTrue();
            status.setRollbackOnly();
        });
        assertThat(fileStore.exists(key[0])).isFalse();
        String kept = tx.execute(status -> fileStore.save(PDF));
        assertThat(fileStore.exists(kept)).isTrue();
        fileStore.delete(kept);
    }

    private static Map<String, String> form(String title) {
        return Map.of("category", "WAGES", "title", title, "content", "材料见附件。",
                "requestToken", UUID.randomUUID().toString());
    }
}
