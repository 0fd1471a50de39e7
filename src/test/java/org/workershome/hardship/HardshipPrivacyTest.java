package org.workershome.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.hardship.HardshipFixtures.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.files.GeotaggedPhotos;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;
import org.workershome.support.Workbooks;

/** Personal data: masked in every page, export and the public notice; encrypted in the database and on disk. */
@IntegrationTest
class HardshipPrivacyTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired WorkersHomeProperties properties;

    record Case(long id, String fileNo, String idNumber, String phone, String memberName) {}

    private Case newCase() {
        TestHttp admin = TestHttp.api(port, "admin");
        long member = newMember(admin, orgId(jdbc, STATION), "632626");
        String idNumber = idNumber("632626");
        String phone = phone();
        var file = apply(TestHttp.api(port, "cadre.station"), application(member, idNumber, phone));
        String name = jdbc.queryForObject("select name from member where id = ?", String.class, member);
        return new Case(file.get("id").asLong(), file.get("fileNo").asString(), idNumber, phone, name);
    }

    @Test
    void evidencePhotosAreStoredEncryptedAndWithoutTheirGpsPosition() throws IOException {
        Case c = newCase();
        TestHttp cadre = TestHttp.api(port, "cadre.station");
        TestHttp.Response uploaded = cadre.postMultipart("/api/v1/hardship-files/" + c.id() + "/attachments",
                Map.of("_csrf", "api"), "file", "住房照片.jpg", GeotaggedPhotos.jpeg(), "image/jpeg");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long id = uploaded.json().get("id").asLong();

        byte[] readBack = cadre.get("/api/v1/hardship-files/" + c.id() + "/attachments/" + id).bytes();
        GeotaggedPhotos.assertCleanJpeg(readBack);
        String key = jdbc.queryForObject("select storage_key from attachment where id = ? and target_type = 'hardship-file' and encrypted", String.class, id);
        byte[] onDisk = Files.readAllBytes(properties.dataDir().resolve("files").resolve(key));
        assertThat(new String(onDisk, StandardCharsets.US_ASCII)).as("sealed").startsWith("WHF1");
        assertThat(jdbc.queryForObject("select size_bytes from attachment where id = ?", Long.class, id))
                .isEqualTo(readBack.length);
    }

    @Test
    void aVisitPhotoHangsOnTheVisitIsListedWithTheFileAndDownloadsOnlyFromThatFile() {
        Case c = newCase();
        Case other = newCase();
        TestHttp cadre = TestHttp.api(port, "cadre.station");
        long visit = cadre.postJson("/api/v1/hardship-files/" + c.id() + "/visits",
                Map.of("kind", "PAIRING", "note", "入户走访")).json().get("id").asLong();
        TestHttp.Response wrongFile = cadre.postMultipart("/api/v1/hardship-files/" + other.id() + "/attachments",
                Map.of("_csrf", "api", "visitId", String.valueOf(visit)), "file", "走访.jpg", GeotaggedPhotos.jpeg(), "image/jpeg");
        assertThat(wrongFile.status()).as("a visit of another file").isEqualTo(400);
        TestHttp.Response uploaded = cadre.postMultipart("/api/v1/hardship-files/" + c.id() + "/attachments",
                Map.of("_csrf", "api", "visitId", String.valueOf(visit)), "file", "走访.jpg", GeotaggedPhotos.jpeg(), "image/jpeg");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long id = uploaded.json().get("id").asLong();
        assertThat(jdbc.queryForObject("select target_type || ':' || target_id from attachment where id = ?", String.class, id))
                .isEqualTo("hardship-visit:" + visit);

        var listed = cadre.get("/api/v1/hardship-files/" + c.id()).json().get("attachments").get(0);
        assertThat(listed.get("kind").asString()).isEqualTo("VISIT_PHOTO");
        assertThat(listed.get("visitId").asLong()).isEqualTo(visit);
        GeotaggedPhotos.assertCleanJpeg(cadre.get("/api/v1/hardship-files/" + c.id() + "/attachments/" + id).bytes());
        assertThat(cadre.get("/api/v1/hardship-files/" + other.id() + "/attachments/" + id).status())
                .as("not through another file").isEqualTo(404);
        assertThat(TestHttp.api(port, "cadre.forest").get("/api/v1/hardship-files/" + c.id() + "/attachments/" + id)
                .status()).as("out of scope").isEqualTo(404);
    }

    @Test
    void listDetailAndExportShowPersonalDataMaskedAndTheFullExportIsAudited() throws IOException {
        Case c = newCase();
        TestHttp cadre = TestHttp.signedIn(port, "cadre.station");
        String masked = c.idNumber().substring(0, 6) + "********" + c.idNumber().substring(14);

        String list = cadre.get("/hardship").body();
        assertThat(list).contains(c.fileNo()).contains(masked).doesNotContain(c.idNumber()).doesNotContain(c.phone());
        TestHttp.Response detail = cadre.get("/hardship/files/" + c.id());
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains(masked).doesNotContain(c.idNumber()).doesNotContain(c.phone())
                .doesNotContain("尿毒症").doesNotContain("612.5").doesNotContain("卓玛措");

        String export = Workbooks.text(cadre.get("/hardship/export.xlsx").bytes());
        assertThat(export).contains(c.fileNo()).contains(masked).doesNotContain(c.idNumber()).doesNotContain(c.phone());
        String aidExport = Workbooks.text(cadre.get("/hardship/export.xlsx?what=aid").bytes());
        assertThat(aidExport).doesNotContain(c.idNumber()).doesNotContain(c.phone());

        long before = count("HARDSHIP_EXPORT_PERSONAL");
        String full = Workbooks.text(cadre.get("/hardship/export.xlsx?full=true").bytes());
        assertThat(full).contains(c.idNumber()).contains(c.phone());
        assertThat(count("HARDSHIP_EXPORT_PERSONAL")).isEqualTo(before + 1);
        assertThat(TestHttp.signedIn(port, "worker.station").get("/hardship/export.xlsx?full=true").status()).isEqualTo(403);

        long views = count("HARDSHIP_PERSONAL_DATA_VIEW");
        TestHttp.Response page = cadre.get("/hardship/files/" + c.id() + "/personal-data");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(c.idNumber()).contains(c.phone()).contains("尿毒症，每周透析三次");
        assertThat(count("HARDSHIP_PERSONAL_DATA_VIEW")).isEqualTo(views + 1);
        assertThat(TestHttp.signedIn(port, "cadre.forest").get("/hardship/files/" + c.id() + "/personal-data").status())
                .isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "cadre.forest").get("/hardship/files/" + c.id()).status()).isEqualTo(404);
    }

    private long count(String action) {
        return jdbc.queryForObject("select count(*) from audit_log where action = ?", Long.class, action);
    }

    @Test
    void thePublicNoticeShowsTheFileToItsOrgWithoutPersonalDataAndRecordsObjections() {
        Case c = newCase();
        TestHttp cadre = TestHttp.api(port, "cadre.station");
        ok(act(cadre, c.id(), "VERIFY", "note", "入户核实", "grade", "DEEP"));
        ok(act(cadre, c.id(), "START_NOTICE"));

        TestHttp colleague = TestHttp.signedIn(port, "worker.station");
        String notice = colleague.get("/hardship/notices").body();
        assertThat(notice).contains(c.fileNo()).contains(c.memberName().charAt(0) + "*")
                .doesNotContain(c.memberName()).doesNotContain(c.idNumber()).doesNotContain(c.phone())
                .doesNotContain("尿毒症").doesNotContain("612.5");
        String api = TestHttp.api(port, "worker.station").get("/api/v1/hardship-notices").body();
        assertThat(api).contains(c.fileNo()).doesNotContain(c.idNumber()).doesNotContain(c.phone())
                .doesNotContain(c.memberName());
        assertThat(colleague.get("/hardship/files/" + c.id()).status()).as("the notice is not the file").isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/hardship/notices").body()).doesNotContain(c.fileNo());
        assertThat(TestHttp.api(port, "worker.forest").postJson("/api/v1/hardship-notices/" + c.id() + "/objections",
                Map.of("text", "不认识")).status()).isEqualTo(404);

        TestHttp.Response objected = colleague.postForm("/hardship/notices/" + c.id() + "/objections",
                Map.of("text", "该职工家中另有商铺出租收入"));
        assertThat(objected.status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from hardship_objection where file_id = ?", Long.class, c.id()))
                .isEqualTo(1);
        assertThat(cadre.get("/api/v1/hardship-files/" + c.id()).json().get("objections").asInt()).isEqualTo(1);
        assertThat(TestHttp.signedIn(port, "cadre.station").get("/hardship/files/" + c.id()).body())
                .contains("该职工家中另有商铺出租收入");
    }

    @Test
    void noPlainIdNumberOrPhoneAnywhereInTheDatabaseOrTheDataDirectory() throws Exception {
        Case c = newCase();
        byte[] pdf = ("%PDF-1.4\n% 诊断证明 身份证号 " + c.idNumber() + " 电话 " + c.phone() + "\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
        TestHttp.Response uploaded = TestHttp.api(port, "cadre.station").postMultipart(
                "/api/v1/hardship-files/" + c.id() + "/attachments", Map.of("_csrf", "api"), "file", "诊断证明.pdf", pdf, "application/pdf");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long attachmentId = uploaded.json().get("id").asLong();
        assertThat(TestHttp.api(port, "cadre.station").get("/api/v1/hardship-files/" + c.id() + "/attachments/" + attachmentId)
                .bytes()).as("read back decrypted").isEqualTo(pdf);
        TestHttp.api(port, "cadre.station").get("/api/v1/hardship-files/" + c.id() + "/personal-data");

        assertThat(jdbc.queryForObject("select id_number from hardship_file where id = ?", String.class, c.id()))
                .startsWith("v1:");
        // every value of every table, as the database returns it
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where lower(table_schema) = lower(current_schema()) and upper(table_type) in ('BASE TABLE', 'TABLE')""", String.class);
        assertThat(tables).contains("hardship_file", "hardship_household_member", "audit_log");
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
                for (Map.Entry<String, Object> value : row.entrySet()) {
                    String text = String.valueOf(value.getValue());
                    assertThat(text).as(table + "." + value.getKey()).doesNotContain(c.idNumber()).doesNotContain(c.phone());
                }
            }
        }
        // the data directory, with the embedded database written into it when it is H2
        Path dataDir = properties.dataDir();
        Files.createDirectories(dataDir);
        String product = jdbc.queryForObject("select 1", Integer.class) == 1
                ? dataSource.getConnection().getMetaData().getDatabaseProductName() : "";
        if (product.startsWith("H2")) {
            jdbc.execute("script to '" + dataDir.resolve("hardship-scan.sql").toAbsolutePath() + "'");
        }
        byte[] id = c.idNumber().getBytes(StandardCharsets.UTF_8);
        byte[] phone = c.phone().getBytes(StandardCharsets.UTF_8);
        int scanned = 0;
        try (Stream<Path> all = Files.walk(dataDir)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                assertThat(indexOf(content, id)).as("ID number in " + file).isEqualTo(-1);
                assertThat(indexOf(content, phone)).as("phone in " + file).isEqualTo(-1);
                scanned++;
            }
        } finally {
            Files.deleteIfExists(dataDir.resolve("hardship-scan.sql"));
        }
        assertThat(scanned).as("files scanned (uploads, and the H2 script)").isGreaterThan(0);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
