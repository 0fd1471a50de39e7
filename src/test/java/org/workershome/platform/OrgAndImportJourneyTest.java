package org.workershome.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.demo.DemoData;
import org.workershome.core.member.Gender;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/** An administrator sets up a new grassroots union and brings its members in from a spreadsheet. */
@IntegrationTest
@BrowserTest
class OrgAndImportJourneyTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void adminCreatesAnOrgAndImportsItsMembersFromExcel(Page page) throws IOException {
        long province = jdbc.queryForObject("select id from org where name = '黑龙江省农林水利气象工会'", Long.class);
        String name = "桃山林场工会" + System.nanoTime();

        signIn(page, "admin");
        page.navigate("/orgs/new?parentId=" + province);
        page.fill("input[name=name]", name);
        page.selectOption("select[name=type]", "GRASSROOTS");
        page.selectOption("select[name=industry]", "FORESTRY");
        page.fill("input[name=regionCode]", "230718");
        assertThat(page.locator("select[name=parentId]")).hasValue(String.valueOf(province));
        page.click("section button[type=submit]");

        page.waitForURL(Pattern.compile(".*/orgs/\\d+$"));
        assertThat(page.locator("h1")).hasText(name);
        String orgId = page.url().replaceAll(".*/orgs/(\\d+)$", "$1");

        Random random = new Random();
        List<String[]> rows = List.of(
                new String[] {"林海峰", "男", DemoData.idNumber("230718", LocalDate.of(1985, 3, 12), Gender.MALE, random),
                        "13845678901", "2010-05-01", "护林员"},
                new String[] {"白雪松", "女", DemoData.idNumber("230718", LocalDate.of(1992, 11, 2), Gender.FEMALE, random),
                        "13945678902", "2016-09-15", "苗圃工"});
        page.navigate("/members/import");
        page.selectOption("select[name=orgId]", orgId);
        page.setInputFiles("input[type=file][name=file]", new FilePayload("会员.xlsx", XLSX, xlsx(rows)));
        page.click("section button[type=submit]");

        assertThat(page.locator("#import-result")).containsText("2");
        assertThat(page.locator("#import-errors")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(
                jdbc.queryForObject("select count(*) from member where org_id = ?", Integer.class, Long.valueOf(orgId)))
                .isEqualTo(2);
    }

    private static void signIn(Page page, String username) {
        page.navigate("/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", DemoData.PASSWORD);
        page.click("form.form button[type=submit]");
        page.waitForURL("**/me");
    }

    private static byte[] xlsx(List<String[]> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "workers-home-test", "1.0");
        Worksheet sheet = workbook.newWorksheet("会员");
        String[] header = {"姓名", "性别", "身份证号", "手机号", "入会日期", "岗位"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.length; c++) {
                sheet.value(r + 1, c, rows.get(r)[c]);
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
