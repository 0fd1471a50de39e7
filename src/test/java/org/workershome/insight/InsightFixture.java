package org.workershome.insight;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.crypto.FieldEncryptor;
import org.workershome.core.time.Times;

/**
 * A small org tree of its own under Heilongjiang's union, with members and appeals written straight into the
 * tables at chosen times, so that every figure of its dashboards can be counted by hand. Personal fields are
 * encrypted as the app writes them: the rows stay in the shared test database, where other tests read every member.
 */
final class InsightFixture {

    final JdbcTemplate jdbc;
    final FieldEncryptor encryptor;
    final String tag = UUID.randomUUID().toString().substring(0, 6);
    long top;
    long unitA;
    long teamA1;
    long unitB;

    InsightFixture(JdbcTemplate jdbc, FieldEncryptor encryptor) {
        this.jdbc = jdbc;
        this.encryptor = encryptor;
    }

    static long orgId(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("select id from org where name = ?", Long.class, name);
    }

    InsightFixture tree() {
        long province = orgId(jdbc, "黑龙江省农林水利气象工会");
        top = org(province, "看板测试市工会" + tag, "CITY", null);
        unitA = org(top, "看板测试甲林场工会" + tag, "GRASSROOTS", null);
        teamA1 = org(unitA, "看板测试甲一班组" + tag, "GRASSROOTS", "FORESTRY");
        unitB = org(top, "看板测试乙农场工会" + tag, "GRASSROOTS", "AGRICULTURE");
        return this;
    }

    long org(long parent, String name, String type, String industry) {
        long id = 800_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
        Map<String, Object> p = jdbc.queryForMap("select path, depth from org where id = ?", parent);
        jdbc.update("insert into org (id, parent_id, name, type, industry, region_code, path, depth, status, created_at, version)"
                + " values (?, ?, ?, ?, ?, null, ?, ?, 'ACTIVE', ?, 0)", id, parent, name, type, industry,
                p.get("path") + String.valueOf(id) + "/", ((Number) p.get("depth")).intValue() + 1,
                Timestamp.from(Instant.now()));
        return id;
    }

    /** A member registered at {@code created}, joined the union on the 10th of {@code joined} (or never said). */
    long member(long org, Instant created, YearMonth joined, String status) {
        String hash = UUID.randomUUID().toString().replace("-", "");
        jdbc.update("insert into member (org_id, name, gender, id_number, id_number_hash, join_date, status, created_at,"
                + " updated_at, version) values (?, ?, 'MALE', ?, ?, ?, ?, ?, ?, 0)", org, "看板" + tag,
                encryptor.encrypt("11010519491231002X"),
                hash, joined == null ? null : java.sql.Date.valueOf(joined.atDay(10)),
                status, Timestamp.from(created), Timestamp.from(created));
        return jdbc.queryForObject("select id from member where id_number_hash = ?", Long.class, hash);
    }

    /** A hardship file of the member, applied for at {@code applied}, approved at {@code approved} with a grade. */
    long hardshipFile(long org, long member, Instant applied, Instant approved, String grade) {
        String no = "KB" + UUID.randomUUID().toString().substring(0, 12);
        long id = 800_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
        jdbc.update("insert into hardship_file (id, file_no, org_id, member_id, temporary, id_number, id_number_hash,"
                + " household_size, income_per_capita, below_poverty_line, causes, grade, status, applied_at, approved_at,"
                + " version) values (?, ?, ?, ?, false, ?, ?, 3, ?, false, 'ILLNESS', ?, ?, ?, ?, 0)", id, no, org, member,
                encryptor.encrypt("11010519491231002X"),
                UUID.randomUUID().toString(), encryptor.encrypt("800.00"), grade,
                approved == null ? "APPLIED" : "APPROVED", Timestamp.from(applied),
                approved == null ? null : Timestamp.from(approved));
        return id;
    }

    /** Aid of a file recorded at {@code recorded}; reversed ones count for nothing. */
    void aid(long file, long org, long member, Instant recorded, String amount, boolean reversed) {
        jdbc.update("insert into hardship_aid (file_id, org_id, member_id, aid_type, amount, aid_date, handler_name,"
                + " recorded_at, reversed_at) values (?, ?, ?, 'CASH', ?, ?, '看板测试', ?, ?)", file, org, member,
                new java.math.BigDecimal(amount), java.sql.Date.valueOf(recorded.atZone(Times.ZONE).toLocalDate()),
                Timestamp.from(recorded), reversed ? Timestamp.from(recorded) : null);
    }

    /** An appeal handled by {@code org}: closed ({@code closed} not null) before or after its due time, rated or not. */
    void appeal(long org, Instant submitted, Instant due, Instant closed, Integer rating, int escalation) {
        long id = 800_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
        String category = jdbc.queryForObject("select min(code) from appeal_category", String.class);
        jdbc.update("insert into appeal (id, tracking_no, org_id, category, title, content, channel, anonymous, confidential,"
                + " status, rating, reopened, escalation_level, submitted_at, last_activity_at, closed_at, due_at, warned, version)"
                + " values (?, ?, ?, ?, '看板测试', '看板测试', 'WEB', false, false, ?, ?, false, ?, ?, ?, ?, ?, false, 0)",
                id, "IN" + id, org, category, closed == null ? "IN_PROGRESS" : "CLOSED", rating, escalation,
                Timestamp.from(submitted), Timestamp.from(closed == null ? submitted : closed),
                closed == null ? null : Timestamp.from(closed), due == null ? null : Timestamp.from(due));
    }

    /** Noon of a day in a month, Beijing time. */
    static Instant at(YearMonth month, int day) {
        return month.atDay(day).atTime(12, 0).atZone(Times.ZONE).toInstant();
    }
}
