package org.workershome.core.member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.demo.DemoData;
import org.workershome.support.TestHttp;

/** Unique members for tests that share one database. */
final class MemberFixtures {

    static final String FOREST = "伊春红星林场工会";
    static final String FARM = "建三江七星农场工会";
    static final String STATION = "玛多县气象站工会";

    private MemberFixtures() {}

    static String idNumber(String region) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(40 * 365));
        return DemoData.idNumber(region, birth, random.nextBoolean() ? Gender.MALE : Gender.FEMALE, new java.util.Random());
    }

    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A name no other test uses: a prefix and five random letters (names are at most 50 characters). */
    static String uniqueName(String prefix) {
        StringBuilder s = new StringBuilder(prefix);
        for (int i = 0; i < 5; i++) {
            s.append((char) ('甲' + ThreadLocalRandom.current().nextInt(2000)));
        }
        return s.toString();
    }

    static long orgId(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("select id from org where name = ?", Long.class, name);
    }

    static Map<String, Object> draft(long orgId, String name, String idNumber) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("orgId", orgId);
        draft.put("name", name);
        draft.put("idNumber", idNumber);
        draft.put("phone", phone());
        draft.put("joinDate", "2015-06-01");
        draft.put("job", "护林员");
        return draft;
    }

    /** Registers a member through the API as {@code admin}; answers its id. */
    static long register(TestHttp admin, long orgId, String name, String idNumber) {
        TestHttp.Response created = admin.postJson("/api/v1/members", draft(orgId, name, idNumber));
        if (created.status() != 201) {
            throw new IllegalStateException("register failed: " + created);
        }
        return created.json().get("id").asLong();
    }
}
