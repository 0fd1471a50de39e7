package org.workershome.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.core.member.MemberFixtures.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.crypto.Masks;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

@IntegrationTest
class MemberExcelTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private static byte[] workbook(List<String> header, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Sheet1");
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                ws.value(r + 1, c, rows.get(r).get(c));
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private static final List<String> HEADER = List.of("姓名", "性别", "身份证号", "手机号", "入会日期", "岗位");

    private TestHttp.Response upload(TestHttp http, String org, byte[] content, String filename) {
        return http.postMultipart("/members/import", Map.of("orgId", String.valueOf(orgId(jdbc, org))), "file",
                filename, content, XLSX);
    }

    private int count(String name) {
        return jdbc.queryForObject("select count(*) from member where name = ?", Integer.class, name);
    }

    @Test
    void importFormHasTheControlsBrowserTestsUse() {
        String page = TestHttp.signedIn(port, "cadre.forest").get("/members/import").body();
        assertThat(page).contains("<select name=\"orgId\"").contains("type=\"file\" name=\"file\"")
                .contains("<button type=\"submit\"");
    }

    @Test
    void validFileImportsEveryRowIntoTheChosenOrg() throws IOException {
        List<String> names = List.of(uniqueName("导入"), uniqueName("导入"), uniqueName("导入"));
        byte[] xlsx = workbook(HEADER, List.of(
                List.of(names.get(0), "", idNumber("230718"), phone(), "2018-05-01", "护林员"),
                List.of(names.get(1), "", idNumber("230718"), "", "2019/6/2", "营林工"),
                List.of(names.get(2), "", idNumber("230718").toLowerCase(), phone(), "", "")));

        TestHttp.Response response = upload(TestHttp.signedIn(port, "cadre.forest"), FOREST, xlsx, "会员.xlsx");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"import-result\"").contains("已成功导入 3 名会员").doesNotContain("import-errors");
        names.forEach(n -> assertThat(count(n)).isEqualTo(1));
        assertThat(jdbc.queryForList("select distinct org_id from member where name in (?, ?, ?)", Long.class,
                names.toArray())).containsExactly(orgId(jdbc, FOREST));
    }

    @Test
    void englishHeadersAreAcceptedToo() throws IOException {
        String name = uniqueName("英文");
        byte[] xlsx = workbook(List.of("Name", "Gender", "ID-card number", "Phone", "Joined", "Job"),
                List.of(List.of(name, "", idNumber("230882"), phone(), "2020-01-01", "农机手")));

        TestHttp.Response response = upload(TestHttp.signedIn(port, "cadre.province"), FARM, xlsx, "members.xlsx");

        assertThat(response.body()).contains("id=\"import-result\"");
        assertThat(count(name)).isEqualTo(1);
    }

    @Test
    void fileWithOneBadRowImportsNothingAndReportsTheRow() throws IOException {
        List<String> names = List.of(uniqueName("坏行"), uniqueName("坏行"), uniqueName("坏行"));
        String good = idNumber("230718");
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        byte[] xlsx = workbook(HEADER, List.of(
                List.of(names.get(0), "", idNumber("230718"), phone(), "2018-05-01", "护林员"),
                List.of(names.get(1), "", bad, phone(), "2018-05-01", "护林员"),
                List.of(names.get(2), "", idNumber("230718"), phone(), "2018-05-01", "护林员")));

        TestHttp.Response response = upload(TestHttp.signedIn(port, "cadre.forest"), FOREST, xlsx, "会员.xlsx");

        assertThat(response.body()).contains("id=\"import-errors\"").doesNotContain("id=\"import-result\"")
                .containsPattern("<td class=\"row\">3</td>\\s*<td>身份证号</td>\\s*<td>身份证号不正确")
                .doesNotContain("<td class=\"row\">2</td>").doesNotContain("<td class=\"row\">4</td>");
        names.forEach(n -> assertThat(count(n)).isZero());
    }

    @Test
    void repeatedAndAlreadyRegisteredIdNumbersAreReportedAndNothingIsImported() throws IOException {
        String registered = idNumber("230718");
        register(TestHttp.api(port, "admin"), orgId(jdbc, FOREST), uniqueName("已登记"), registered);
        String twice = idNumber("230718");
        String name = uniqueName("重复");
        byte[] xlsx = workbook(HEADER, List.of(
                List.of(name, "", twice, "", "", ""),
                List.of(uniqueName("重复"), "", twice, "", "", ""),
                List.of(uniqueName("重复"), "男女", registered, "", "明天", "")));

        String body = upload(TestHttp.signedIn(port, "cadre.forest"), FOREST, xlsx, "x.xlsx").body();

        assertThat(body).contains("id=\"import-errors\"").contains("与文件第 2 行的身份证号重复")
                .contains("该身份证号已登记为会员").contains("性别应为").contains("入会日期格式不正确");
        assertThat(count(name)).isZero();
    }

    @Test
    void nonExcelFileIsRefusedWhateverItsName() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");

        TestHttp.Response text = upload(cadre, FOREST, "姓名,身份证号\n张三,1\n".getBytes(), "members.xlsx");
        TestHttp.Response png = upload(cadre, FOREST, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "m.xlsx");

        for (TestHttp.Response r : List.of(text, png)) {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("上传的文件不是 Excel 工作簿").doesNotContain("import-result");
        }
    }

    @Test
    void importTemplateHasTheChineseHeaders() throws IOException {
        TestHttp.Response template = TestHttp.signedIn(port, "cadre.forest").get("/members/import-template.xlsx");

        assertThat(template.status()).isEqualTo(200);
        assertThat(template.header("Content-Disposition")).contains("filename*=UTF-8''");
        assertThat(rows(template.bytes()).get(0)).containsExactlyElementsOf(HEADER);
    }

    @Test
    void exportHasTheFilteredRowsMaskedAndIsAudited() throws IOException {
        String prefix = uniqueName("导出");
        String first = idNumber("230718");
        String second = idNumber("230718");
        TestHttp admin = TestHttp.api(port, "admin");
        register(admin, orgId(jdbc, FOREST), prefix + "一", first);
        register(admin, orgId(jdbc, FOREST), prefix + "二", second);
        register(admin, orgId(jdbc, FOREST), uniqueName("别人"), idNumber("230718"));
        int exportsBefore = jdbc.queryForObject(
                "select count(*) from audit_log where action = 'MEMBER_EXPORT' and username = 'cadre.forest'", Integer.class);

        TestHttp.Response export = TestHttp.signedIn(port, "cadre.forest")
                .get("/members/export.xlsx?name=" + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith(XLSX);
        assertThat(export.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        List<List<String>> rows = rows(export.bytes());
        assertThat(rows.get(0)).startsWith("姓名", "性别", "身份证号", "手机号", "所在工会");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).containsExactly(prefix + "一", prefix + "二");
        assertThat(rows).flatExtracting(r -> r).doesNotContain(first, second).contains(Masks.idNumber(first), FOREST);
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_log where action = 'MEMBER_EXPORT' and username = 'cadre.forest'", Integer.class))
                .isEqualTo(exportsBefore + 1);
    }

    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getFirstSheet().read().stream()
                    .map(MemberExcelTest::texts).toList();
        }
    }

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
    }
}
