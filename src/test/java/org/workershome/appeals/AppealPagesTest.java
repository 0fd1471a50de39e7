package org.workershome.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

@IntegrationTest
class AppealPagesTest {

    @LocalServerPort int port;
    @Autowired TestClock clock;

    private String submitThroughTheForm(TestHttp worker, String title) {
        TestHttp.Response submitted = worker.postMultipart("/appeals", Map.of("category", "WAGES", "title", title,
                "content", "冬季取暖费没有按时发放。", "requestToken", UUID.randomUUID().toString()),
                "files", "", new byte[0], "application/octet-stream");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(302);
        return submitted.header("Location").replaceAll(".*/appeals/(SQ[0-9-]+).*", "$1");
    }

    @Test
    void workerSubmitsThroughTheFormAndFindsItOnHisHomePage() {
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        String title = "取暖费-" + UUID.randomUUID().toString().substring(0, 6);
        String no = submitThroughTheForm(worker, title);
        assertThat(worker.get("/appeals/" + no).body()).contains(title).contains("待受理");
        assertThat(worker.get("/me").body()).contains("我的诉求").contains(title);
    }

    @Test
    void cadreQueueMarksOverdueAppealsAndFiltersWithHtmx() {
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        String title = "逾期标记-" + UUID.randomUUID().toString().substring(0, 6);
        submitThroughTheForm(worker, title);
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        String queue = cadre.get("/appeals?status=SUBMITTED").body();
        assertThat(queue).contains(title);
        try {
            clock.advance(Duration.ofDays(12));
            assertThat(cadre.get("/appeals?status=SUBMITTED&overdue=true").body()).contains(title).contains("已逾期");
        } finally {
            clock.reset();
        }
        TestHttp.Response rows = cadre.getWithHeader("/appeals?status=SUBMITTED", "HX-Request", "true");
        assertThat(rows.body()).contains(title).doesNotContain("<html");
        assertThat(TestHttp.signedIn(port, "cadre.station").get("/appeals").body()).doesNotContain(title);
    }

    @Test
    void aFarAwayQueuePageIsEmptyNotAnError() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        for (String path : new String[] {"/appeals?p=2000000000", "/appeals?p=-3", "/appeals?p=2000000000&status=SUBMITTED"}) {
            assertThat(cadre.get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void formsRenderTheirSharedFields() {
        String form = TestHttp.signedIn(port, "worker.forest").get("/appeals/new").body();
        assertThat(form).contains("name=\"title\"").contains("name=\"content\"").contains("name=\"anonymous\"")
                .contains("name=\"requestToken\"").contains("enctype=\"multipart/form-data\"");
        TestHttp.Response record = TestHttp.signedIn(port, "cadre.forest").get("/appeals/record");
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body()).contains("name=\"title\"").contains("name=\"contactName\"").contains("12351");
    }

    /**
     * A file over 10 MB reaches the form's own checks and gets the localised message, and nothing is created. The
     * CSRF token travels in the multipart body, never in the form's URL (where logs and Referer headers would keep it).
     */
    @Test
    void oversizedUploadFromTheFormGetsTheLocalisedMessage() {
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        String form = worker.get("/appeals/new").body();
        String action = form.replaceAll("(?s).*<form action=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        assertThat(action).doesNotContain("_csrf=");
        TestHttp.Response response = worker.postMultipart(action, Map.of("category", "WAGES", "title", "大附件",
                "content", "附件太大", "requestToken", UUID.randomUUID().toString()),
                "files", "big.pdf", new byte[11 * 1024 * 1024], "application/pdf");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("10 MB").contains("field-error");
        assertThat(TestHttp.signedIn(port, "cadre.forest").get("/appeals").body()).doesNotContain("大附件");
    }
}
