package org.workershome.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** A certificate verifies as genuine, an unknown or forged code as unknown, a revoked one as revoked; its PDF holds the text. */
@IntegrationTest
class CertificatesTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired Certificates certificates;
    @Autowired DemoSignIn signIn;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Certificate issueToWorkerForest(String title) {
        CurrentUser province = signIn.as("cadre.province");
        Long memberId = jdbc.queryForObject("select member_id from account where username = 'worker.forest'", Long.class);
        String name = jdbc.queryForObject("select name from member where id = ?", String.class, memberId);
        try {
            return certificates.issue(province.accountId(), province.orgId(),
                    new Certificates.Holder(memberId, null, name), title, "test", System.nanoTime());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theFontIsInstalledWhereThePdfLooksForIt() {
        assertThat(CertificatePdf.FONT_CANDIDATES).anyMatch(Files::isReadable);
    }

    @Test
    void genuineUnknownAndForgedCodesOnThePublicPage() {
        Certificate issued = issueToWorkerForest("黑龙江省林草技能大赛 一等奖");
        TestHttp anonymous = TestHttp.browser(port);
        TestHttp.Response page = anonymous.get("/certificates/" + issued.getCode());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("证书真实有效").contains(issued.getHolderName()).contains("黑龙江省林草技能大赛 一等奖");
        String forged = issued.getCode().substring(0, 15) + (issued.getCode().endsWith("Z") ? "Y" : "Z");
        assertThat(anonymous.get("/certificates/" + forged).body()).contains("查无此证书");
        assertThat(anonymous.get("/certificates/not-a-code").body()).contains("查无此证书");
        assertThat(anonymous.get("/certificates/" + issued.getCode() + "?lang=en").body()).contains("This certificate is genuine");
        assertThat(anonymous.get("/certificates/" + issued.getCode() + "/pdf").status()).as("the PDF is the holder's")
                .isEqualTo(302);
    }

    @Test
    void revokedByACadreOfTheIssuingScopeOnlyWithAReason() {
        Certificate issued = issueToWorkerForest("撤销测试 二等奖");
        String path = "/certificates/" + issued.getCode();
        assertThat(TestHttp.signedIn(port, "worker.forest").postForm(path + "/revoke", Map.of("reason", "x")).status())
                .isEqualTo(403);
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").postForm(path + "/revoke", Map.of("reason", "x")).status())
                .as("outside Qinghai's scope it does not exist").isEqualTo(404);
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        assertThat(province.get(path).body()).contains("id=\"revoke-form\"");
        TestHttp.Response noReason = province.postForm(path + "/revoke", Map.of("reason", " "));
        assertThat(noReason.body()).contains("请填写撤销原因");
        assertThat(jdbc.queryForObject("select revoked_at is null from core_certificate where code = ?", Boolean.class,
                issued.getCode())).isTrue();
        assertThat(province.postForm(path + "/revoke", Map.of("reason", "成绩复核有误")).status()).isEqualTo(302);
        String page = TestHttp.browser(port).get(path).body();
        assertThat(page).contains("该证书已被撤销").contains("成绩复核有误");
        assertThat(province.postForm(path + "/revoke", Map.of("reason", "again")).body()).contains("该证书已撤销");
    }

    @Test
    void thePdfEmbedsTheChineseFontAndItsTextIsExtractable() throws Exception {
        Certificate issued = issueToWorkerForest("黑龙江省第三届林草生态职工技能大赛 一等奖");
        TestHttp.Response pdf = TestHttp.signedIn(port, "worker.forest").get("/certificates/" + issued.getCode() + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(issued.getHolderName()).contains("黑龙江省第三届林草生态职工技能大赛 一等奖")
                    .contains("荣誉证书").contains(issued.getCode()).contains("/certificates/" + issued.getCode());
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
            var font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
        assertThat(TestHttp.signedIn(port, "worker.station").get("/certificates/" + issued.getCode() + "/pdf").status())
                .as("someone else's certificate").isEqualTo(404);
    }
}
