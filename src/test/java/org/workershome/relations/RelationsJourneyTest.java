package org.workershome.relations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.demo.DemoData;
import org.workershome.support.BrowserTest;
import org.workershome.support.IntegrationTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/**
 * On a phone-sized window: the station's cadre starts a screening, answers it with two risks and a photo, sees the
 * unit turn red on the board, opens the warning it raised, acknowledges it and submits a response plan.
 */
@IntegrationTest
@BrowserTest
class RelationsJourneyTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired ScreeningTemplates templates;

    @Test
    void aCadreScreensOnAPhoneTheBoardTurnsRedAndTheWarningIsAnsweredWithAPlan(Page ignored) throws Exception {
        ScreeningTemplate template = RelationsFixtures.template(templates, 5, 5);
        long station = RelationsFixtures.orgId(jdbc, "玛多县气象站工会");
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
