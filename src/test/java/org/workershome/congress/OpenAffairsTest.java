package org.workershome.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/**
 * Open affairs and consultations reach the workers of the unit (self-only accounts included) and nobody outside
 * it; read confirmations count; comments are answered and summarised per paragraph.
 */
@IntegrationTest
class OpenAffairsTest {

    @LocalServerPort int port;

    private static long firstId(String html, String path) {
        Matcher m = Pattern.compile("href=\"/congress/" + path + "/(\\d+)\"").matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aNoticeReachesTheUnitsWorkersWhoConfirmReadingAndCadresSeeTheShare() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        String title = "2026年安全生产投入公开" + System.nanoTime();
        TestHttp.Response published = cadre.postForm("/congress/notices",
                Map.of("category", "SAFETY", "title", title, "body", "全年安全生产投入 320 万元。"));
        assertThat(published.status()).isEqualTo(302);
        String list = cadre.get("/congress/notices").body();
        Matcher m = Pattern.compile("href=\"/congress/notices/(\\d+)\">" + title).matcher(list);
        assertThat(m.find()).as(list).isTrue();
        long id = Long.parseLong(m.group(1));
        assertThat(cadre.get("/congress/notices/" + id).body()).contains("已阅 0 / ");

        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        assertThat(worker.get("/congress/notices").body()).contains(title);
        assertThat(worker.get("/congress/notices/" + id).body()).contains("我已阅读");
        assertThat(worker.postForm("/congress/notices/" + id + "/read", Map.of()).status()).isEqualTo(302);
        assertThat(worker.postForm("/congress/notices/" + id + "/read", Map.of()).status()).isEqualTo(302);
        assertThat(worker.get("/congress/notices/" + id).body()).contains("已阅读").doesNotContain("我已阅读</button>");
        assertThat(cadre.get("/congress/notices/" + id).body()).contains("已阅 1 / ");
        assertThat(TestHttp.signedIn(port, "rep.forest").get("/congress/notices/" + id).body()).contains("我已阅读");

        TestHttp station = TestHttp.signedIn(port, "worker.station");
        assertThat(station.get("/congress/notices").body()).doesNotContain(title);
        assertThat(station.get("/congress/notices/" + id).status()).isEqualTo(404);
        assertThat(station.postForm("/congress/notices/" + id + "/read", Map.of()).status()).isIn(302, 404);
        assertThat(cadre.get("/congress/notices/" + id).body()).contains("已阅 1 / ");
        assertThat(TestHttp.signedIn(port, "worker.forest").postForm("/congress/notices",
                Map.of("category", "SAFETY", "title", "x", "body", "y")).status()).isIn(302, 403);
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/congress/notices").body()).doesNotContain(">x<");
    }

    @Test
    void theProvincialConsultationIsCommentedByParagraphAnsweredAndSummarised() throws Exception {
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        long id = firstId(worker.get("/congress").body(), "consultations");
        String page = worker.get("/congress/consultations/" + id).body();
        Matcher p = Pattern.compile("name=\"paragraphId\" value=\"(\\d+)\"").matcher(page);
        assertThat(p.find()).isTrue();
        long paragraph = Long.parseLong(p.group(1));
        String comment = "建议明确补休的时限" + System.nanoTime();
        assertThat(worker.postForm("/congress/consultations/" + id + "/comments",
                Map.of("paragraphId", String.valueOf(paragraph), "body", comment)).status()).isEqualTo(302);
        assertThat(worker.get("/congress/consultations/" + id).body()).contains(comment);
        // other workers see their own comments only
        assertThat(TestHttp.signedIn(port, "rep.forest").get("/congress/consultations/" + id).body()).doesNotContain(comment);
        // a province's consultation is not Qinghai's
        assertThat(TestHttp.signedIn(port, "worker.station").get("/congress/consultations/" + id).status()).isEqualTo(404);

        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        String adminPage = province.get("/congress/consultations/" + id).body();
        Matcher c = Pattern.compile("/comments/(\\d+)/reply\"[^>]*>(?:(?!</form>).)*", Pattern.DOTALL).matcher(adminPage);
        long commentId = -1;
        Matcher all = Pattern.compile("<strong>[^<]*</strong> <span>" + comment + "</span>(?:(?!</li>).)*?/comments/(\\d+)/reply",
                Pattern.DOTALL).matcher(adminPage);
        assertThat(all.find()).as(adminPage).isTrue();
        commentId = Long.parseLong(all.group(1));
        assertThat(c.find()).isTrue();
        assertThat(province.postForm("/congress/consultations/" + id + "/comments/" + commentId + "/reply",
                Map.of("reply", "采纳，将在第二条中明确。")).status()).isEqualTo(302);
        assertThat(worker.get("/congress/consultations/" + id).body()).contains("采纳，将在第二条中明确。");
        // the forest farm's cadre does not run the provincial consultation
        assertThat(TestHttp.signedIn(port, "cadre.forest").get("/congress/consultations/" + id + "/summary.xlsx").status())
                .isIn(403, 404);
        assertThat(worker.get("/congress/consultations/" + id + "/summary.xlsx").status()).isEqualTo(403);

        TestHttp.Response xlsx = province.get("/congress/consultations/" + id + "/summary.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("序号");
            assertThat(rows.stream().map(r -> r.getCellText(4)).toList()).contains(comment);
            assertThat(rows.stream().map(r -> r.getCellText(5)).toList()).contains("采纳，将在第二条中明确。");
            assertThat(rows.stream().map(r -> r.getCellText(0)).distinct().count()).as("one row at least per paragraph")
                    .isGreaterThanOrEqualTo(5);
        }
    }
}
