package org.workershome.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.hardship.HardshipFixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.calendar.WorkingDays;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class HardshipApiTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired WorkingDays workingDays;

    @Test
    void workerAppliesCadreSeesItMaskedRevealsItAuditedAndAnotherOrgGets404() {
        TestHttp admin = TestHttp.api(port, "admin");
        TestHttp worker = TestHttp.api(port, "worker.station");
        TestHttp cadre = TestHttp.api(port, "cadre.station");
        TestHttp forest = TestHttp.api(port, "cadre.forest");
        cancelActiveFileOf(jdbc, admin, memberIdOf(jdbc, "worker.station"));

        String idNumber = idNumber("632626");
        String phone = phone();
        String key = UUID.randomUUID().toString();
        TestHttp.Response first = worker.sendJson("POST", "/api/v1/hardship-files", application(null, idNumber, phone),
                Map.of("Idempotency-Key", key));
        TestHttp.Response again = worker.sendJson("POST", "/api/v1/hardship-files", application(null, idNumber, phone),
                Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        long id = first.json().get("id").asLong();
        assertThat(again.json().get("id").asLong()).isEqualTo(id);
        assertThat(first.json().get("status").asString()).isEqualTo("APPLIED");
        assertThat(first.json().get("memberId").asLong()).isEqualTo(memberIdOf(jdbc, "worker.station"));
        assertThat(first.json().get("belowPovertyLine").asBoolean()).as("612.50 is below Qinghai's line").isTrue();

        TestHttp.Response masked = cadre.get("/api/v1/hardship-files/" + id);
        assertThat(masked.status()).isEqualTo(200);
        assertThat(masked.body()).doesNotContain(idNumber).doesNotContain(phone).doesNotContain("612.5")
                .doesNotContain("尿毒症").doesNotContain("卓玛措");
        assertThat(masked.json().get("idNumber").asString())
                .isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        assertThat(masked.json().get("phone").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(masked.json().get("allowedActions").toString()).contains("VERIFY").doesNotContain("APPROVE");

        long auditBefore = audits(id);
        TestHttp.Response revealed = cadre.get("/api/v1/hardship-files/" + id + "/personal-data");
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.json().get("idNumber").asString()).isEqualTo(idNumber);
        assertThat(revealed.json().get("phone").asString()).isEqualTo(phone);
        assertThat(revealed.json().get("monthlyIncomePerCapita").decimalValue()).isEqualByComparingTo("612.50");
        assertThat(revealed.body()).contains("尿毒症，每周透析三次");
        assertThat(audits(id)).isEqualTo(auditBefore + 1);
        assertThat(jdbc.queryForObject("""
                select username from audit_log where action = 'HARDSHIP_PERSONAL_DATA_VIEW' and target_id = ?
                order by id desc limit 1""", String.class, String.valueOf(id))).isEqualTo("cadre.station");

        assertThat(worker.get("/api/v1/hardship-files/" + id).status()).as("his own file, masked").isEqualTo(200);
        assertThat(worker.get("/api/v1/hardship-files/" + id + "/personal-data").status()).isEqualTo(403);
        assertThat(forest.get("/api/v1/hardship-files/" + id).status()).isEqualTo(404);
        assertThat(forest.get("/api/v1/hardship-files/" + id + "/personal-data").status()).isEqualTo(404);
        assertThat(act(forest, id, "VERIFY", "note", "走访").status()).isEqualTo(404);
        assertThat(audits(id)).as("refused reveals are not views").isEqualTo(auditBefore + 1);
        assertThat(TestHttp.api(port, "worker.forest").get("/api/v1/hardship-files/" + id).status()).isEqualTo(404);
    }

    private long audits(long id) {
        return jdbc.queryForObject("select count(*) from audit_log where action = 'HARDSHIP_PERSONAL_DATA_VIEW' and target_id = ?",
                Long.class, String.valueOf(id));
    }

    @Test
    void aBadIdCardChecksumIsRefusedNamingIdNumber() {
        TestHttp cadre = TestHttp.api(port, "cadre.station");
        String good = idNumber("632626");
        char wrong = good.charAt(17) == '1' ? '2' : '1';
        Map<String, Object> body = application(null, good.substring(0, 17) + wrong, phone());
        TestHttp.Response response = TestHttp.api(port, "worker.station").postJson("/api/v1/hardship-files", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").toString()).contains("idNumber");
        body.put("idNumber", good);
        body.put("householdSize", 0);
        body.remove("cause");
        body.remove("causes");
        TestHttp.Response more = cadre.postJson("/api/v1/hardship-files", body);
        assertThat(more.status()).isEqualTo(400);
        assertThat(more.json().get("errors").toString()).contains("householdSize").contains("cause");
    }

    @Test
    void oneActiveFilePerHouseholdAndPerMember() {
        TestHttp admin = TestHttp.api(port, "admin");
        TestHttp cadre = TestHttp.api(port, "cadre.station");
        long station = orgId(jdbc, STATION);
        long member = newMember(admin, station, "632626");
        long other = newMember(admin, station, "632626");
        String idNumber = idNumber("632626");
        long id = apply(cadre, application(member, idNumber, phone())).get("id").asLong();

        TestHttp.Response sameHousehold = cadre.postJson("/api/v1/hardship-files", application(other, idNumber, phone()));
        assertThat(sameHousehold.status()).isEqualTo(409);
        TestHttp.Response sameMember = cadre.postJson("/api/v1/hardship-files",
                application(member, idNumber("632626"), phone()));
        assertThat(sameMember.status()).isEqualTo(409);

        TestHttp.Response cancelled = act(cadre, id, "CANCEL", "note", "重复申请");
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cadre.postJson("/api/v1/hardship-files", application(other, idNumber, phone())).status())
                .as("a closed file frees the household").isEqualTo(201);
    }

    @Test
    void approvalWaitsForTheWholeNoticeInWorkingDaysAndComesFromTheLevelAbove() {
        TestHttp admin = TestHttp.api(port, "admin");
        TestHttp cadre = TestHttp.api(port, "cadre.station");
        long member = newMember(admin, orgId(jdbc, STATION), "632626");
        long id = apply(cadre, application(member, idNumber("632626"), phone())).get("id").asLong();

        assertThat(act(cadre, id, "START_NOTICE").status()).as("notice before verification").isEqualTo(409);
        assertThat(act(cadre, id, "VERIFY").status()).as("verification needs the visit's findings").isEqualTo(400);
        JsonNode verified = act(cadre, id, "VERIFY", "note", "入户核实：妻子透析票据属实", "grade", "DEEP").json();
        assertThat(verified.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(verified.get("visits").get(0).get("kind").asString()).isEqualTo("HOME_VISIT");

        Instant started = clock.instant();
        JsonNode notice = act(cadre, id, "START_NOTICE").json();
        assertThat(notice.get("status").asString()).isEqualTo("PUBLIC_NOTICE");
        Instant endsAt = Instant.parse(notice.get("noticeEndsAt").asString());
        assertThat(endsAt).isEqualTo(workingDays.deadline(started, 5));
        assertThat(workingDays.workingDaysBetween(started.atZone(org.workershome.core.time.Times.ZONE).toLocalDate(),
                endsAt.atZone(org.workershome.core.time.Times.ZONE).toLocalDate())).isEqualTo(5);

        TestHttp.Response own = act(cadre, id, "APPROVE");
        assertThat(own.status()).as("the station's own cadre cannot approve").isEqualTo(403);
        assertThat(act(admin, id, "APPROVE").status()).as("inside the notice").isEqualTo(409);
        assertThat(act(admin, id, "APPROVE").json().get("detail").asString()).contains("公示期未满");
        try {
            clock.advance(Duration.ofDays(5).plusHours(1));
            assertThat(act(TestHttp.api(port, "admin"), id, "APPROVE").status()).as("five calendar days are not five working days")
                    .isEqualTo(409);
            clock.reset();
            clock.advance(Duration.between(clock.instant(), endsAt).minusMinutes(5));
            assertThat(act(TestHttp.api(port, "admin"), id, "APPROVE").status()).as("the last day of the notice").isEqualTo(409);
            clock.reset();
            clock.advance(Duration.between(clock.instant(), endsAt).plusMinutes(5));
            JsonNode approved = act(TestHttp.api(port, "admin"), id, "APPROVE").json();
            assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
            assertThat(approved.get("timeline")).extracting(s -> s.get("action").asString())
                    .containsExactly("APPLY", "VERIFY", "START_NOTICE", "APPROVE");
        } finally {
            clock.reset();
        }
        assertThat(act(cadre, id, "REVIEW").json().get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(act(cadre, id, "CONFIRM", "note", "复核：仍需透析").json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(act(cadre, id, "EXIT").status()).as("exit needs a reason").isEqualTo(400);
        JsonNode exited = act(cadre, id, "EXIT", "note", "妻子肾移植成功，已就业").json();
        assertThat(exited.get("status").asString()).isEqualTo("EXITED");
        assertThat(exited.get("closeReason").asString()).contains("肾移植");
        assertThat(act(cadre, id, "REVIEW").status()).isEqualTo(409);
    }

    @Test
    void provincialCadreApprovesForHisGrassrootsButNotForAnotherProvince() {
        TestHttp admin = TestHttp.api(port, "admin");
        TestHttp forest = TestHttp.api(port, "cadre.forest");
        TestHttp province = TestHttp.api(port, "cadre.province");
        long member = newMember(admin, orgId(jdbc, FOREST), "230718");
        long id = apply(forest, application(member, idNumber("230718"), phone())).get("id").asLong();
        ok(act(forest, id, "VERIFY", "note", "入户核实", "grade", "RELATIVE"));
        Instant endsAt = Instant.parse(act(forest, id, "START_NOTICE").json().get("noticeEndsAt").asString());
        try {
            clock.advance(Duration.between(clock.instant(), endsAt).plusMinutes(1));
            assertThat(act(TestHttp.api(port, "cadre.forest"), id, "APPROVE").status()).isEqualTo(403);
            assertThat(act(TestHttp.api(port, "cadre.province"), id, "APPROVE").json().get("status").asString()).isEqualTo("APPROVED");
        } finally {
            clock.reset();
        }
        long stationMember = newMember(admin, orgId(jdbc, STATION), "632626");
        long stationFile = apply(TestHttp.api(port, "cadre.station"),
                application(stationMember, idNumber("632626"), phone())).get("id").asLong();
        assertThat(act(province, stationFile, "REJECT", "note", "x").status()).isEqualTo(404);
    }

    @Test
    void temporaryReliefIsALighterPathThatCanBecomeAFullFile() {
        TestHttp admin = TestHttp.api(port, "admin");
        TestHttp cadre = TestHttp.api(port, "cadre.station");
        long member = newMember(admin, orgId(jdbc, STATION), "632626");
        Map<String, Object> body = application(member, idNumber("632626"), phone());
        body.put("temporary", true);
        body.put("cause", "DISASTER");
        long id = apply(cadre, body).get("id").asLong();
        JsonNode granted = act(cadre, id, "GRANT_TEMPORARY").json();
        assertThat(granted.get("status").asString()).isEqualTo("TEMPORARY");
        assertThat(cadre.postJson("/api/v1/hardship-files/" + id + "/aid",
                Map.of("type", "MATERIAL", "description", "棉被两床、米面油")).status()).isEqualTo(201);
        JsonNode converted = act(cadre, id, "CONVERT").json();
        assertThat(converted.get("status").asString()).isEqualTo("APPLIED");
        assertThat(converted.get("temporary").asBoolean()).isFalse();
        assertThat(converted.get("aid")).hasSize(1);
        assertThat(act(cadre, id, "VERIFY", "note", "雪灾后入户核实", "grade", "ACCIDENT").json().get("status").asString())
                .isEqualTo("VERIFIED");
    }
}
