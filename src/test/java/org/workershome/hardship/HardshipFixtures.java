package org.workershome.hardship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.demo.DemoData;
import org.workershome.core.member.Gender;
import org.workershome.support.TestHttp;

import tools.jackson.databind.JsonNode;

/** Unique members and files for tests that share one database. */
final class HardshipFixtures {

    static final String STATION = "玛多县气象站工会";
    static final String FOREST = "伊春红星林场工会";
    static final String QINGHAI = "青海省农林水利气象工会";
    static final String HEILONGJIANG = "黑龙江省农林水利气象工会";

    private HardshipFixtures() {}

    static String idNumber(String region) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(35 * 365));
        return DemoData.idNumber(region, birth, random.nextBoolean() ? Gender.MALE : Gender.FEMALE, new java.util.Random());
    }

    static String phone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static long orgId(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("select id from org where name = ?", Long.class, name);
    }

    static String uniqueName() {
        StringBuilder s = new StringBuilder("帮");
        for (int i = 0; i < 4; i++) {
            s.append((char) ('甲' + ThreadLocalRandom.current().nextInt(2000)));
        }
        return s.toString();
    }

    /** A new member of the org, registered by admin; answers its id. */
    static long newMember(TestHttp admin, long orgId, String region) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("orgId", orgId);
        draft.put("name", uniqueName());
        draft.put("idNumber", idNumber(region));
        draft.put("phone", phone());
        draft.put("joinDate", "2012-06-01");
        draft.put("job", "地面观测员");
        TestHttp.Response created = admin.postJson("/api/v1/members", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    static Map<String, Object> application(Long memberId, String idNumber, String phone) {
        Map<String, Object> body = new HashMap<>();
        if (memberId != null) {
            body.put("memberId", memberId);
        }
        body.put("idNumber", idNumber);
        body.put("phone", phone);
        body.put("householdSize", 4);
        body.put("monthlyIncomePerCapita", "612.50");
        body.put("cause", "ILLNESS");
        body.put("causes", List.of("SCHOOLING"));
        body.put("description", "妻子尿毒症需长期透析，两个孩子上学。");
        body.put("household", List.of(
                Map.of("name", "卓玛措", "relation", "妻子", "age", 41, "health", "尿毒症，每周透析三次", "work", "无",
                        "monthlyIncome", "0"),
                Map.of("name", "才让", "relation", "儿子", "age", 15, "health", "健康", "work", "初中在读")));
        return body;
    }

    static JsonNode apply(TestHttp who, Map<String, Object> body) {
        TestHttp.Response response = who.sendJson("POST", "/api/v1/hardship-files", body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    static TestHttp.Response act(TestHttp who, long fileId, String action, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return who.postJson("/api/v1/hardship-files/" + fileId + "/actions", body);
    }

    static void ok(TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
    }

    /** Cancels the active file of a member (as admin), so a test can apply again for a demo worker. */
    static void cancelActiveFileOf(JdbcTemplate jdbc, TestHttp admin, long memberId) {
        jdbc.queryForList("select id from hardship_file where active_member_id = ?", Long.class, memberId)
                .forEach(id -> ok(act(admin, id, "CANCEL", "note", "测试前注销")));
    }

    /** A new org under {@code parentId}, created by admin. */
    static long newOrg(TestHttp admin, long parentId, String type, String region) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("parentId", parentId);
        draft.put("name", "测试" + uniqueName() + ("GRASSROOTS".equals(type) ? "林场工会" : "市工会"));
        draft.put("type", type);
        draft.put("industry", "GRASSROOTS".equals(type) ? "FORESTRY" : null);
        draft.put("regionCode", region);
        TestHttp.Response created = admin.postJson("/api/v1/orgs", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /**
     * A file taken through the whole path to APPROVED: applied for by {@code handler}, verified, noticed, and
     * approved by the account {@code approver} after the notice (the clock is moved and reset).
     */
    static long approvedFile(TestHttp handler, String approver, int port, org.workershome.support.TestClock clock,
            long memberId, String region) {
        long id = apply(handler, application(memberId, idNumber(region), phone())).get("id").asLong();
        ok(act(handler, id, "VERIFY", "note", "入户核实属实", "grade", "DEEP"));
        java.time.Instant endsAt = java.time.Instant.parse(act(handler, id, "START_NOTICE").json().get("noticeEndsAt").asString());
        try {
            clock.advance(java.time.Duration.between(clock.instant(), endsAt).plusMinutes(1));
            ok(act(TestHttp.api(port, approver), id, "APPROVE")); // API tokens live 12 hours: one for the moved clock
        } finally {
            clock.reset();
        }
        return id;
    }

    static long memberIdOf(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select member_id from account where username = ?", Long.class, username);
    }

    /** A hardship fund of the org for this year, created over the API (201 asserted). */
    static JsonNode fund(TestHttp who, long orgId, String budget) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", orgId);
        body.put("year", LocalDate.now(org.workershome.core.time.Times.ZONE).getYear());
        body.put("budget", budget);
        TestHttp.Response created = who.postJson("/api/v1/hardship-funds", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }
}
