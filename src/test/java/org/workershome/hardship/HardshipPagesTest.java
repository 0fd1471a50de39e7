package org.workershome.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.hardship.HardshipFixtures.*;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;

import java.util.Map;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.PageWeight;
import org.workershome.support.TestHttp;

/** The hardship pages render for cadres and workers, forms work without JavaScript, worker pages stay small. */
@IntegrationTest
class HardshipPagesTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.workershome.support.TestClock clock;

    @Test
    void theAidFormResentWithItsTokenPaysOnce() {
        TestHttp admin = TestHttp.api(port, "admin");
        TestHttp forest = TestHttp.api(port, "cadre.forest");
        long file = approvedFile(forest, "cadre.province", port, clock, newMember(admin, orgId(jdbc, FOREST), "230718"),
                "230718");
        long fund = jdbc.queryForObject("select id from hardship_fund where org_id = ? order by fund_year desc limit 1",
                Long.class, orgId(jdbc, FOREST));
        TestHttp page = TestHttp.signedIn(port, "cadre.forest");
        assertThat(page.get("/hardship/files/" + file).body()).contains("name=\"requestToken\"");
        Map<String, String> form = Map.of("type", "CASH", "amount", "12.34", "fundId", String.valueOf(fund),
                "description", "春节慰问金", "requestToken", UUID.randomUUID().toString());
        assertThat(page.postForm("/hardship/files/" + file + "/aid", form).status()).isEqualTo(302);
        assertThat(page.postForm("/hardship/files/" + file + "/aid", form).status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from hardship_aid where file_id = ?", Long.class, file)).isEqualTo(1);
        assertThat(page.get("/hardship/files/" + file).body()).contains("¥12.34");
    }

    @Test
    void evidenceIsCheckedByContentAndVisitPhotosBelongToAVisit() {
        TestHttp admin = TestHttp.api(port, "admin");
        TestHttp cadre = TestHttp.api(port, "cadre.station");
        long member = newMember(admin, orgId(jdbc, STATION), "632626");
        long file = apply(cadre, application(member, idNumber("632626"), phone())).get("id").asLong();
        TestHttp.Response fake = cadre.postMultipart("/api/v1/hardship-files/" + file + "/attachments",
                Map.of("_csrf", "api"), "file", "诊断证明.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8),
                "application/pdf");
        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.json().get("errors").toString()).contains("file");
        long visit = act(cadre, file, "VERIFY", "note", "入户核实", "grade", "DEEP").json().get("visits").get(0).get("id").asLong();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
                0, 0, 0, 1, 8, 2, 0, 0, 0};
        TestHttp.Response photo = cadre.postMultipart("/api/v1/hardship-files/" + file + "/attachments?visitId=" + visit,
                Map.of("_csrf", "api"), "file", "走访.png", png, "image/png");
        assertThat(photo.status()).as(photo.body()).isEqualTo(201);
        assertThat(photo.json().get("kind").asString()).isEqualTo("VISIT_PHOTO");
        assertThat(photo.json().get("visitId").asLong()).isEqualTo(visit);
        assertThat(TestHttp.api(port, "cadre.forest").get("/api/v1/hardship-files/" + file + "/attachments/"
                + photo.json().get("id").asLong()).status()).isEqualTo(404);
    }

    @Test
    void cadrePagesRenderWithTheDemoFundsTracedDownTheTree() {
        TestHttp admin = TestHttp.signedIn(port, "admin");
        long nationalFund = jdbc.queryForObject("""
                select f.id from hardship_fund f join org o on o.id = f.org_id where o.parent_id is null
                order by f.fund_year desc limit 1""", Long.class);
        TestHttp.Response fund = admin.get("/hardship/funds/" + nationalFund);
        assertThat(fund.status()).isEqualTo(200);
        assertThat(fund.body()).contains("青海省农林水利气象工会").contains("玛多县气象站工会").contains("账目平衡")
                .doesNotContain("账目不平衡");
        for (String path : new String[] {"/hardship", "/hardship?query=never-assisted", "/hardship?query=review-due",
                "/hardship?status=APPROVED", "/hardship/funds", "/hardship/projects", "/hardship/new", "/hardship/notices"}) {
            TestHttp.Response page = admin.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
        }
        assertThat(admin.get("/hardship/projects").body()).contains("高原台站职工家属就业技能培训");
        assertThat(admin.get("/hardship/funds").body()).contains("¥").contains("低保线");
        assertThat(admin.get("/hardship?lang=en").body()).contains("Hardship files");
        TestHttp station = TestHttp.signedIn(port, "cadre.station");
        assertThat(station.get("/hardship/funds/" + nationalFund).status()).isEqualTo(404);
    }

    @Test
    void workerPagesRenderAndTheApplicationFormPostsWithoutJavaScriptOnce() {
        TestHttp admin = TestHttp.api(port, "admin");
        cancelActiveFileOf(jdbc, admin, memberIdOf(jdbc, "worker.station"));
        TestHttp worker = TestHttp.signedIn(port, "worker.station");
        assertThat(worker.get("/hardship/funds").body()).doesNotContain("/hardship/funds/");
        assertThat(worker.get("/me").body()).contains("我的帮扶");

        Map<String, String> form = new HashMap<>();
        String good = idNumber("632626");
        form.put("idNumber", good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1'));
        form.put("householdSize", "3");
        form.put("monthlyIncomePerCapita", "500");
        form.put("causes", "ILLNESS");
        form.put("requestToken", UUID.randomUUID().toString());
        TestHttp.Response bad = worker.postForm("/hardship", form);
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("身份证号码无效");

        form.put("idNumber", good);
        TestHttp.Response first = worker.postForm("/hardship", form);
        TestHttp.Response again = worker.postForm("/hardship", form);
        assertThat(first.status()).isEqualTo(302);
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        String location = first.header("Location");
        assertThat(location).matches(".*/hardship/files/\\d+\\?applied");
        TestHttp.Response detail = worker.get(location.replaceAll("^https?://[^/]+", ""));
        assertThat(detail.body()).contains("已申请").doesNotContain(form.get("idNumber"));
        assertThat(jdbc.queryForObject("select count(*) from hardship_file where active_member_id = ?", Long.class,
                memberIdOf(jdbc, "worker.station"))).isEqualTo(1);
        assertThat(worker.get("/hardship").body()).contains("KN");
    }

    @Test
    void workerPagesAreWithinThePageWeightBudget() {
        TestHttp worker = TestHttp.signedIn(port, "worker.station");
        for (String path : new String[] {"/hardship/new", "/hardship/notices", "/hardship"}) {
            assertThat(PageWeight.of(worker, path).firstLoadBytes()).as(path).isLessThanOrEqualTo(30 * 1024);
        }
    }
}
