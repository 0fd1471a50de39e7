package org.workershome.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/**
 * A worker's appeal taken to mediation by its handler from the appeal's page, through appeals' public API: the form
 * prefilled, the link both ways, the outcome on the appeal's timeline (which the worker reads too), the agreement's
 * PDF with its Chinese text extractable and the ID number masked, the party's own pages, and scope everywhere.
 */
@IntegrationTest
class DisputeFromAppealTest {

    private static final String ID_NUMBER = "230702198805120019";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private String appealByWorkerForest(String title) {
        TestHttp.Response created = TestHttp.api(port, "worker.forest").postJson("/api/v1/appeals",
                Map.of("category", "WAGES", "title", title, "content", "营林队十一月工资至今未发放，共计3,200元。"));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("trackingNo").asText();
    }

    private Map<String, String> form(String appeal, String worker, String token) {
        return new java.util.HashMap<>(Map.of("appeal", appeal, "workerParty", worker, "employerParty", "伊春红星林场",
                "cause", "WAGES", "claims", "支付十一月工资3,200元。", "amount", "3200", "workerIdNumber", ID_NUMBER,
                "requestToken", token, "orgId", "1", "source", "WALK_IN"));
    }

    @Test
    void theHandlerOpensADisputeFromTheAppealAndTheAgreementShowsOnTheAppealsTimelineAndAsAPdf() throws Exception {
        String title = "十一月工资未发 " + UUID.randomUUID().toString().substring(0, 6);
        String appeal = appealByWorkerForest(title);
        long appealId = count("select id from appeal where tracking_no = ?", appeal);
        String workerName = jdbc.queryForObject("select m.name from member m join account a on a.member_id = m.id"
                + " where a.username = 'worker.forest'", String.class);

        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        assertThat(cadre.get("/appeals/" + appeal).body()).as("the handler's button")
                .contains("/relations/disputes/new?appeal=" + appeal).contains("转劳动争议调解");
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/appeals/" + appeal).body())
                .doesNotContain("/relations/disputes/new");
        TestHttp qinghai = TestHttp.signedIn(port, "cadre.qinghai");
        assertThat(qinghai.get("/relations/disputes/new?appeal=" + appeal).status()).isEqualTo(404);

        String prefilled = cadre.get("/relations/disputes/new?appeal=" + appeal).body();
        assertThat(prefilled).contains(workerName).contains(title).contains("伊春红星林场").contains("value=\"APPEAL\"");
        // the form's unit and source are ignored: they come from the appeal
        TestHttp.Response created = cadre.postForm("/relations/disputes", form(appeal, workerName, UUID.randomUUID().toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        long id = Long.parseLong(created.header("Location").replaceAll(".*/", ""));
        Map<String, Object> row = jdbc.queryForMap("select * from relations_dispute where id = ?", id);
        assertThat(row.get("appeal_id")).isEqualTo(appealId);
        assertThat(row.get("source")).isEqualTo("APPEAL");
        assertThat(row.get("worker_member_id")).isNotNull();
        assertThat((String) row.get("worker_id_number")).as("stored encrypted").doesNotContain("19880512");
        assertThat(count("select count(*) from workflow_transition where target_type = 'Appeal' and target_id = ?"
                + " and action = 'LINKED_CASE'", appealId)).as("opened, on the appeal's timeline").isEqualTo(1);

        long before = count("select count(*) from relations_dispute");
        TestHttp.Response twice = cadre.postForm("/relations/disputes", form(appeal, workerName, UUID.randomUUID().toString()));
        assertThat(twice.body()).contains("该诉求已转劳动争议调解");
        assertThat(count("select count(*) from relations_dispute")).as("one dispute per appeal").isEqualTo(before);
        assertThat(cadre.get("/appeals/" + appeal).body()).contains("/relations/disputes/" + id).contains("查看劳动争议调解案件");
        assertThat(cadre.get("/relations/disputes/" + id).body()).contains("href=\"/appeals/" + appeal + "\"")
                .contains("230702********0019").doesNotContain(ID_NUMBER);

        long mediator = count("select id from account where username = 'mediator'");
        cadre.get("/relations/disputes/" + id);
        assertThat(cadre.postForm("/relations/disputes/" + id + "/mediator",
                Map.of("mediatorAccountId", String.valueOf(mediator))).status()).isEqualTo(302);
        TestHttp mediating = TestHttp.signedIn(port, "mediator");
        mediating.get("/relations/disputes/" + id);
        String terms = "林场于2026年12月15日前一次性支付十一月工资人民币3,200元。";
        TestHttp.Response badAmount = mediating.postForm("/relations/disputes/" + id + "/outcome",
                Map.of("action", "AGREE", "outcome", terms, "agreedAmount", "三千"));
        assertThat(badAmount.body()).contains("金额须为不小于0的数字");
        assertThat(jdbc.queryForObject("select status from relations_dispute where id = ?", String.class, id))
                .isEqualTo("IN_MEDIATION");
        assertThat(mediating.postForm("/relations/disputes/" + id + "/outcome",
                Map.of("action", "AGREE", "outcome", terms, "agreedAmount", "3200")).status()).isEqualTo(302);

        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        assertThat(worker.get("/appeals/" + appeal).body()).as("the worker reads the outcome on his appeal")
                .contains("关联案件").contains("第" + id + "号案件").contains("双方已达成调解协议");
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/appeals/" + appeal + "?lang=en").body())
                .contains("reached a mediation agreement");
        assertThat(count("select count(*) from notification n join account a on a.id = n.account_id"
                + " where a.username = 'worker.forest' and n.link = ?", "/relations/mine/" + id)).isEqualTo(1);

        String code = jdbc.queryForObject("select agreement_code from relations_dispute where id = ?", String.class, id);
        long downloads = count("select count(*) from audit_log where action = 'RELATIONS_AGREEMENT_DOWNLOAD' and target_id = ?",
                String.valueOf(id));
        TestHttp.Response pdf = worker.get("/relations/disputes/" + id + "/agreement.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("劳动争议调解协议书").contains(workerName).contains("伊春红星林场")
                    .contains(terms.replaceAll("\\s+", "")).contains("3,200.00").contains("黑龙江省劳动争议调解员")
                    .contains("230702********0019").doesNotContain(ID_NUMBER).contains(code)
                    .contains("/relations/agreements/" + code);
            var resources = document.getPage(0).getResources();
            assertThat(resources.getFont(resources.getFontNames().iterator().next()).isEmbedded()).isTrue();
        }
        assertThat(count("select count(*) from audit_log where action = 'RELATIONS_AGREEMENT_DOWNLOAD' and target_id = ?",
                String.valueOf(id))).as("audited").isEqualTo(downloads + 1);
        assertThat(cadre.get("/relations/disputes/" + id + "/agreement.pdf").status()).isEqualTo(200);
        assertThat(qinghai.get("/relations/disputes/" + id + "/agreement.pdf").status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "worker.station").get("/relations/disputes/" + id + "/agreement.pdf").status())
                .isEqualTo(404);

        TestHttp anonymous = TestHttp.browser(port);
        String verified = anonymous.get("/relations/agreements/" + code).body();
        assertThat(verified).contains("该调解协议书真实有效").contains(workerName.substring(0, 1) + "*")
                .doesNotContain(workerName).doesNotContain("3,200");
        assertThat(anonymous.get("/relations/agreements/TJAAAAAAAAAA").body()).contains("查无此调解协议书");

        assertThat(worker.get("/me").body()).contains("我的劳动争议调解").contains("/relations/mine/" + id);
        String mine = worker.get("/relations/mine/" + id).body();
        assertThat(mine).contains("已达成调解协议").contains(terms).contains("agreement.pdf");
        assertThat(worker.get("/relations/mine").body()).contains("/relations/mine/" + id);
        assertThat(TestHttp.signedIn(port, "worker.station").get("/relations/mine/" + id).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "worker.station").get("/relations/mine").body()).doesNotContain("/relations/mine/" + id);
        assertThat(worker.get("/relations/disputes/" + id).status()).as("the case page is the handlers'").isEqualTo(403);
    }
}
