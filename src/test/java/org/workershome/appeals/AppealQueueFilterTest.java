package org.workershome.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** The queue's org filter drills down within the caller's scope instead of listing every org of it. */
@IntegrationTest
class AppealQueueFilterTest {

    static final String PROVINCE = "黑龙江省农林水利气象工会";
    static final String FOREST = "伊春红星林场工会";
    static final String FARM = "建三江七星农场工会";
    static final String STATION = "玛多县气象站工会";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private long org(String name) {
        return jdbc.queryForObject("select id from org where name = ?", Long.class, name);
    }

    private String submit(String worker) {
        String title = "筛选-" + UUID.randomUUID().toString().substring(0, 8);
        TestHttp.Response submitted = TestHttp.signedIn(port, worker).postMultipart("/appeals", Map.of("category",
                "WAGES", "title", title, "content", "工资没有按时发放。", "requestToken", UUID.randomUUID().toString()),
                "files", "", new byte[0], "application/octet-stream");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(302);
        return title;
    }

    private static String orgFilter(String page) {
        int start = page.indexOf("id=\"org-filter\"");
        assertThat(start).as("the org filter").isPositive();
        return page.substring(start, page.indexOf("</select>", start));
    }

    @Test
    void theProvincesCadreIsOfferedTheProvinceAndItsUnitsOnly() {
        String filter = orgFilter(TestHttp.signedIn(port, "cadre.province").get("/appeals").body());

        assertThat(filter).contains(PROVINCE).contains("\u3000" + FOREST).contains("\u3000" + FARM)
                .doesNotContain(STATION).doesNotContain("青海").doesNotContain("selected");
    }

    @Test
    void choosingAUnitShowsItsAppealsAndTheFilterAgainOutOfBand() {
        String forest = submit("worker.forest");
        String station = submit("worker.station");
        TestHttp cadre = TestHttp.signedIn(port, "admin");

        String answer = cadre.getWithHeader("/appeals?orgId=" + org(FOREST), "HX-Request", "true").body();

        assertThat(answer).contains(forest).doesNotContain(station).doesNotContain("<html")
                .contains("hx-swap-oob=\"true\"");
        assertThat(orgFilter(answer)).containsPattern("value=\"" + org(FOREST) + "\"[^>]*selected")
                .contains(PROVINCE).contains("中国农林水利气象工会").doesNotContain(FARM);
    }

    @Test
    void anOrgOutsideTheScopeFiltersToNothing() {
        String forest = submit("worker.forest");
        TestHttp qinghai = TestHttp.signedIn(port, "cadre.qinghai");

        String page = qinghai.get("/appeals?orgId=" + org(FOREST)).body();

        assertThat(page).doesNotContain(forest).contains("暂无诉求");
        assertThat(orgFilter(page)).contains("青海省").doesNotContain(PROVINCE).doesNotContain("selected");
    }
}
