package org.workershome.homes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.TestHttp;

/** Small builders for the homes tests, through the pages as their users would. */
final class HomesFixtures {

    private static final Pattern HOME = Pattern.compile("/homes/(\\d+)$");
    private static final Pattern EVALUATION = Pattern.compile("/homes/evaluations/(\\d+)$");

    private HomesFixtures() {}

    static long orgId(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("select id from org where name = ?", Long.class, name);
    }

    /** Registers a home of the org with a reading room among its facilities; its id. */
    static long home(TestHttp cadre, long orgId, String name) {
        cadre.get("/homes/new");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("orgId", String.valueOf(orgId));
        fields.put("name", name);
        fields.put("address", "测试路1号");
        fields.put("facilities", "READING_ROOM");
        fields.put("requestToken", UUID.randomUUID().toString());
        TestHttp.Response created = cadre.postForm("/homes", fields);
        if (created.status() != 302) {
            throw new IllegalStateException("home: " + created.status() + " " + created.body());
        }
        return id(HOME, created.header("Location"));
    }

    /** Adds a room to the home; its id. */
    static long room(JdbcTemplate jdbc, TestHttp cadre, long homeId, String name) {
        TestHttp.Response added = cadre.postForm("/homes/" + homeId + "/rooms", Map.of("roomName", name, "capacity", "10"));
        if (added.status() != 302) {
            throw new IllegalStateException("room: " + added.status() + " " + added.body());
        }
        return jdbc.queryForObject("select max(id) from homes_room where home_id = ? and name = ?", Long.class,
                homeId, name);
    }

    static long openEvaluation(TestHttp cadre, long homeId, int year) {
        TestHttp.Response opened = cadre.postForm("/homes/" + homeId + "/evaluations", Map.of("year",
                String.valueOf(year), "requestToken", UUID.randomUUID().toString()));
        if (opened.status() != 302) {
            throw new IllegalStateException("evaluation: " + opened.status() + " " + opened.body());
        }
        return id(EVALUATION, opened.header("Location"));
    }

    static TestHttp.Response book(TestHttp who, long homeId, long roomId, String from, String to) {
        return who.postForm("/homes/" + homeId + "/bookings", Map.of("roomId", String.valueOf(roomId), "startsAt", from,
                "endsAt", to, "purpose", "班组学习", "requestToken", UUID.randomUUID().toString()));
    }

    private static long id(Pattern pattern, String location) {
        Matcher m = pattern.matcher(location);
        if (!m.find()) {
            throw new IllegalStateException(location);
        }
        return Long.parseLong(m.group(1));
    }
}
