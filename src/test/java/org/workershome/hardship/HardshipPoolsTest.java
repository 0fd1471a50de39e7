package org.workershome.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.hardship.HardshipFixtures.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.time.Times;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;
import org.workershome.support.Workbooks;

import tools.jackson.databind.JsonNode;

/** The pools (库) of closed files and of families that left hardship, and re-opening a file when hardship returns. */
@IntegrationTest
class HardshipPoolsTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    private static JsonNode row(JsonNode rows, long id) {
        for (JsonNode r : rows) {
            if (r.get("id").asLong() == id) {
                return r;
            }
        }
        return null;
    }

    private static Map<String, Object> reopenBody(String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("householdSize", 4);
        body.put("monthlyIncomePerCapita", "430.00");
        body.put("causes", List.of("ILLNESS", "UNEMPLOYMENT"));
        body.put("description", "丈夫旧病复发，妻子超市失业。");
        body.put("note", note);
        return body;
    }

    @Test
    void anExitedFamilyIsInTheExitedPoolMaskedAndCanBeReopenedOnceAsANewFile() throws IOException {
        TestHttp admin = TestHttp.api(port, "admin");
        TestHttp station = TestHttp.api(port, "cadre.station");
        long stationOrg = orgId(jdbc, STATION);
        long member = newMember(admin, stationOrg, "632626");
        long id = approvedFile(station, "cadre.qinghai", port, clock, member, "632626");
        JsonNode before = station.get("/api/v1/hardship-files/" + id).json();
        String name = before.get("memberName").asString();
        String fileNo = before.get("fileNo").asString();
        station = TestHttp.api(port, "cadre.station");
        ok(act(station, id, "REVIEW"));
        ok(act(station, id, "EXIT", "note", "妻子康复上岗，人均收入高于低保线，脱困"));

        int year = LocalDate.now(Times.ZONE).getYear();
        JsonNode exited = station.get("/api/v1/hardship-pools/exited?year=" + year).json();
        JsonNode r = row(exited, id);
        assertThat(r).as("in the exited pool of this year").isNotNull();
        assertThat(r.get("status").asString()).isEqualTo("EXITED");
        assertThat(r.get("closeReason").asString()).contains("脱困");
        assertThat(r.get("closedAt").asString()).isNotBlank();
        assertThat(r.get("memberName").asString()).as("masked").isNotEqualTo(name).startsWith(name.substring(0, 1)).contains("*");
        assertThat(r.get("idNumber").asString()).contains("****");
        assertThat(exited.toString()).doesNotContain(name);
        assertThat(row(station.get("/api/v1/hardship-pools/closed").json(), id)).as("not a closed file").isNull();
        assertThat(row(station.get("/api/v1/hardship-pools/exited?year=" + (year - 1)).json(), id)).isNull();
        assertThat(row(admin.get("/api/v1/hardship-pools/exited?orgId=" + orgId(jdbc, QINGHAI)).json(), id))
                .as("the org filter takes the subtree").isNotNull();
        assertThat(row(admin.get("/api/v1/hardship-pools/exited?orgId=" + orgId(jdbc, FOREST)).json(), id)).isNull();
        assertThat(row(TestHttp.api(port, "cadre.forest").get("/api/v1/hardship-pools/exited").json(), id))
                .as("out of scope").isNull();
        assertThat(TestHttp.api(port, "worker.station").get("/api/v1/hardship-pools/exited").status()).isEqualTo(403);
        assertThat(station.get("/api/v1/hardship-pools/nonsense").status()).isEqualTo(400);

        TestHttp page = TestHttp.signedIn(port, "cadre.station");
        TestHttp.Response pool = page.get("/hardship/pools?pool=exited&year=" + year + "&orgId=" + stationOrg);
        assertThat(pool.status()).isEqualTo(200);
        assertThat(pool.body()).contains(fileNo).contains("脱困库").contains("人均收入高于低保线").doesNotContain(name);
        long audits = jdbc.queryForObject("select count(*) from audit_log where action = 'HARDSHIP_POOL_EXPORT'", Long.class);
        String xlsx = Workbooks.text(page.get("/hardship/pools/export.xlsx?pool=exited&year=" + year).bytes());
        assertThat(xlsx).contains(fileNo).contains("人均收入高于低保线").doesNotContain(name);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'HARDSHIP_POOL_EXPORT'", Long.class))
                .isEqualTo(audits + 1);

        TestHttp.Response noReason = station.sendJson("POST", "/api/v1/hardship-files/" + id + "/reopen",
                reopenBody(" "), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(noReason.status()).isEqualTo(400);
        String key = UUID.randomUUID().toString();
        TestHttp.Response reopened = station.sendJson("POST", "/api/v1/hardship-files/" + id + "/reopen",
                reopenBody("丈夫旧病复发，再次陷入困难"), Map.of("Idempotency-Key", key));
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(201);
        JsonNode again = reopened.json();
        long newId = again.get("id").asLong();
        assertThat(newId).isNotEqualTo(id);
        assertThat(again.get("status").asString()).as("takes the whole path again").isEqualTo("APPLIED");
        assertThat(again.get("previousFileId").asLong()).isEqualTo(id);
        assertThat(again.get("memberId").asLong()).isEqualTo(member);
        assertThat(again.get("idNumber").asString()).isEqualTo(before.get("idNumber").asString());
        assertThat(again.get("belowPovertyLine").asBoolean()).isTrue();
        assertThat(again.get("household")).as("persons carried over").hasSize(2);
        assertThat(again.get("timeline")).extracting(s -> s.get("action").asString()).contains("APPLY", "REOPEN");
        TestHttp.Response replay = station.sendJson("POST", "/api/v1/hardship-files/" + id + "/reopen",
                reopenBody("丈夫旧病复发，再次陷入困难"), Map.of("Idempotency-Key", key));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("id").asLong()).isEqualTo(newId);
        TestHttp.Response twice = station.sendJson("POST", "/api/v1/hardship-files/" + id + "/reopen",
                reopenBody("再来一次"), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(twice.status()).as("one active file per household").isEqualTo(409);

        JsonNode old = station.get("/api/v1/hardship-files/" + id).json();
        assertThat(old.get("status").asString()).as("the old file stays closed").isEqualTo("EXITED");
        JsonNode poolRow = row(station.get("/api/v1/hardship-pools/exited").json(), id);
        assertThat(poolRow.get("reopenedAsId").asLong()).isEqualTo(newId);
        assertThat(page.get("/hardship/files/" + newId).body()).contains(fileNo);
    }

    @Test
    void closedFilesAreInTheClosedPoolAndOnlyExitedFilesCanBeReopened() {
        TestHttp admin = TestHttp.api(port, "admin");
        TestHttp station = TestHttp.api(port, "cadre.station");
        long member = newMember(admin, orgId(jdbc, STATION), "632626");
        long rejected = apply(station, application(member, idNumber("632626"), phone())).get("id").asLong();
        ok(act(station, rejected, "REJECT", "note", "入户核实家庭收入较高，不符合建档条件"));
        long member2 = newMember(admin, orgId(jdbc, STATION), "632626");
        long cancelled = apply(station, application(member2, idNumber("632626"), phone())).get("id").asLong();
        ok(act(station, cancelled, "CANCEL", "note", "本人申请撤回"));

        JsonNode closed = station.get("/api/v1/hardship-pools/closed").json();
        assertThat(row(closed, rejected).get("status").asString()).isEqualTo("REJECTED");
        assertThat(row(closed, rejected).get("closeReason").asString()).contains("不符合建档条件");
        assertThat(row(closed, cancelled).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(row(station.get("/api/v1/hardship-pools/exited").json(), rejected)).isNull();
        assertThat(TestHttp.signedIn(port, "cadre.station").get("/hardship/pools?pool=closed").body())
                .contains("本人申请撤回").contains("注销库");

        TestHttp.Response notExited = station.sendJson("POST", "/api/v1/hardship-files/" + rejected + "/reopen",
                reopenBody("再次申请"), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(notExited.status()).isEqualTo(409);
        assertThat(notExited.body()).contains("只有已脱困的档案可以重新建档");
    }
}
