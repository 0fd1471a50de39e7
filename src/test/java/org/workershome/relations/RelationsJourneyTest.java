package org.workershome.relations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.demo.DemoData;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;

/**
 * On a phone-sized window: the station's cadre starts a screening, answers it with two risks and a photo, sees the
 * unit turn red on the board, opens the warning it raised, acknowledges it and submits a response plan; then opens a
 * dispute from a station worker's wage appeal, assigns a mediator, records the agreement, downloads its PDF and sees
 * the outcome on the appeal's timeline.
 */
@IntegrationTest
@BrowserTest
class RelationsJourneyTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired ScreeningTemplates templates;

    @Test
    void aCadreScreensOnAPhoneAnswersTheWarningAndSettlesADisputeFromAnAppealWhoseTimelineShowsIt(Page ignored) throws Exception {
        ScreeningTemplate template = RelationsFixtures.template(templates, 5, 5);
        long station = RelationsFixtures.orgId(jdbc, "玛多县气象站工会");
        String appeal = TestHttp.api(port, "worker.station").postJson("/api/v1/appeals", java.util.Map.of("category",
                "WAGES", "title", "高原津贴三个月未发", "content", "九月至十一月的高原艰苦边远地区津贴一直没有发放。"))
                .json().get("trackingNo").asText();
        try (BrowserContext phone = ignored.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port).setLocale("zh-CN").setViewportSize(375, 740))) {
            Page page = phone.newPage();
            page.setDefaultTimeout(15_000);
            page.navigate("/login");
            page.fill("input[name=username]", "cadre.station");
            page.fill("input[name=password]", DemoData.PASSWORD);
            page.click("form.form button[type=submit]");
            page.waitForURL("**/me");

            page.navigate("/relations");
            page.selectOption("select[name=orgId]", String.valueOf(station));
            page.selectOption("select[name=templateId]", String.valueOf(template.getId()));
            page.click("form[action='/relations/screenings'] button[type=submit]");
            page.waitForURL(Pattern.compile(".*/relations/screenings/\\d+$"));
            RelationsFixtures.retire(templates, template);
            noSidewaysScrolling(page);

            for (Checkpoint c : template.getCheckpoints()) {
                page.check("input[name=risk" + c.getId() + "][value=RISK]");
                page.fill("textarea[name=note" + c.getId() + "]", "发现隐患：" + c.getText());
            }
            page.setInputFiles("input[name=photos]", new FilePayload("evidence.png", "image/png", png()));
            page.click("#screening-form button[type=submit]");
            page.waitForURL(Pattern.compile(".*/relations/screenings/\\d+\\?submitted$"));
            assertThat(page.locator("#screening-score")).hasText("100");
            assertThat(page.locator("a[download]")).hasText("evidence.png");

            page.navigate("/relations/board");
            assertThat(page.locator("tr[data-org='" + station + "'] .level")).hasText("红色预警");
            noSidewaysScrolling(page);

            page.navigate("/relations/orgs/" + station);
            page.locator("a[href^='/relations/warnings/']").first().click();
            assertThat(page.locator("#warning-status")).hasText("已预警待签收");
            page.click("form:has(input[name=action][value=ACKNOWLEDGE]) button");
            assertThat(page.locator("#warning-status")).hasText("已签收待报方案");
            page.fill("textarea[name=plan]", "12月10日前补发津贴，补缴住房公积金。");
            page.click("form:has(input[name=action][value=SUBMIT_PLAN]) button");
            assertThat(page.locator("#warning-status")).hasText("已报整改方案");
            assertThat(page.locator("ol.timeline")).containsText("报送整改方案");
            assertThat(page.locator("ol.timeline")).containsText("12月10日前补发津贴");

            page.navigate("/appeals/" + appeal);
            page.click("#case-links a");
            page.waitForURL(Pattern.compile(".*/relations/disputes/new\\?appeal=.*"));
            assertThat(page.locator("#from-appeal")).containsText(appeal);
            assertThat(page.locator("textarea[name=claims]")).containsText("高原津贴三个月未发");
            noSidewaysScrolling(page);
            page.click("#dispute-form button[type=submit]");
            page.waitForURL(Pattern.compile(".*/relations/disputes/\\d+$"));
            assertThat(page.locator("#dispute-appeal")).hasText(appeal);
            page.click("form[action$='/mediator'] button[type=submit]");
            assertThat(page.locator("#dispute-status")).hasText("调解中");
            page.fill("#outcome-form textarea[name=outcome]", "气象站于12月20日前补发九月至十一月高原津贴。");
            page.fill("#outcome-form input[name=agreedAmount]", "4500");
            page.click("#outcome-form button[value=AGREE]");
            assertThat(page.locator("#dispute-status")).hasText("已达成调解协议");
            noSidewaysScrolling(page);
            Download download = page.waitForDownload(() -> page.click("#agreement-pdf"));
            try (PDDocument pdf = Loader.loadPDF(java.nio.file.Files.readAllBytes(download.path()))) {
                org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                        .contains("劳动争议调解协议书").contains("气象站于12月20日前补发九月至十一月高原津贴。");
            }
            page.click("#dispute-appeal");
            assertThat(page.locator("ol.timeline")).containsText("关联案件");
            assertThat(page.locator("ol.timeline")).containsText("双方已达成调解协议");
        }
    }

    private static void noSidewaysScrolling(Page page) {
        Object width = page.evaluate("document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(375);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
