package org.workershome.core.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.crypto.FieldEncryptor;
import org.workershome.core.db.LongLists;
import org.workershome.core.scope.Scopes;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/**
 * The member list of a large scope: a province of its own (规模测试省) with a city, unit A of 10,001 members and
 * unit B of 3, and its cadre {@code cadre.scale}. The count stops at 10,000 ("10,000+"), the org filter drills
 * down from the top of the scope, the export streams every row, and the cadre of another province sees none of it.
 */
@IntegrationTest
class MemberListAtScaleTest {

    static final int IN_A = 10_001;
    static final String PROVINCE = "规模测试省农林水利气象工会";
    static final String CITY = "规模测试第1地区工会";
    static final String UNIT_A = "规模测试甲林场工会";
    static final String UNIT_B = "规模测试乙气象站工会";
    /** One valid ID number (230718 1990-01-01, sequence 123: male) encrypted once; the rows differ by blind index. */
    static final String ID_NUMBER = "230718199001011230";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FieldEncryptor encryptor;
    @Autowired
    LongLists longLists;
    @Autowired
    TransactionTemplate tx;

    static long province;
    static long city;
    static long unitA;
    static long unitB;

    @BeforeEach
    void seedOnce() {
        synchronized (MemberListAtScaleTest.class) {
            if (province != 0) {
                return;
            }
            Long root = jdbc.queryForObject("select id from org where parent_id is null", Long.class);
            province = org(root, PROVINCE, "PROVINCIAL");
            city = org(province, CITY, "CITY");
            unitA = org(city, UNIT_A, "GRASSROOTS");
            unitB = org(city, UNIT_B, "GRASSROOTS");
            members(unitA, "规模A", IN_A);
            members(unitB, "规模B", 3);
            jdbc.update("""
                    insert into account (username, password_hash, display_name, org_id, member_id, data_scope, email,
                        enabled, failed_logins, created_at, version)
                    select 'cadre.scale', password_hash, '规模测试省工会干部', ?, null, 'ORG_AND_SUBTREE', null, true, 0,
                        created_at, 0 from account where username = 'cadre.province'""", province);
            jdbc.update("insert into account_role (account_id, role) select id, 'CADRE' from account where username = 'cadre.scale'");
        }
    }

    private long org(long parent, String name, String type) {
        long id = jdbc.queryForObject("select nextval('org_seq')", Long.class);
        String path = jdbc.queryForObject("select path from org where id = ?", String.class, parent) + id + "/";
        int depth = jdbc.queryForObject("select depth from org where id = ?", Integer.class, parent) + 1;
        jdbc.update("""
                insert into org (id, parent_id, name, type, industry, region_code, path, depth, status, created_at, version)
                values (?, ?, ?, ?, null, '230700', ?, ?, 'ACTIVE', ?, 0)""",
                id, parent, name, type, path, depth, Timestamp.from(Instant.now()));
        return id;
    }

    /** {@code count} members named prefix + five digits, in that order by name. */
    private void members(long orgId, String prefix, int count) {
        String idNumber = encryptor.encrypt(ID_NUMBER);
        String phone = encryptor.encrypt("13900001234");
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {orgId, prefix + String.format("%05d", i), idNumber,
                    UUID.randomUUID().toString().replace("-", ""), phone, now, now});
        }
        jdbc.batchUpdate("""
                insert into member (org_id, name, gender, id_number, id_number_hash, phone, birth_date, join_date, job,
                    status, created_at, updated_at, version)
                values (?, ?, 'MALE', ?, ?, ?, date '1990-01-01', date '2015-06-01', '护林员', 'ACTIVE', ?, ?, 0)""", rows);
    }

    @Test
    void theFirstPageOfALargeScopeShowsACappedCount() {
        String page = TestHttp.signedIn(port, "cadre.scale").get("/members").body();

        assertThat(page).contains("第 1 页，共 10,000+ 条").contains("规模A00000").contains("规模A00019")
                .doesNotContain("规模A00020").doesNotContain("规模B");
    }

    @Test
    void aPageOfTenOnRequest() {
        String page = TestHttp.signedIn(port, "cadre.scale").get("/members?size=10&page=2").body();

        assertThat(page).contains("规模A00020").contains("规模A00029").doesNotContain("规模A00019")
                .doesNotContain("规模A00030").contains("第 3 页，共 10,000+ 条");
    }

    @Test
    void aCountUnderTheCapIsExact() {
        String page = TestHttp.signedIn(port, "cadre.scale").get("/members?orgId=" + unitB).body();

        assertThat(page).contains("第 1 / 1 页，共 3 条").contains("规模B00002").doesNotContain("规模A");
    }

    @Test
    void theCountStopsOneRowPastTheCap() {
        Specification<Member> inA = (root, query, cb) -> cb.equal(root.get("orgId"), unitA);

        long pastCap = tx.execute(s -> Scopes.asSystem(() -> longLists.count(Member.class, inA, 10)));
        long underCap = tx.execute(s -> Scopes.asSystem(() -> longLists.count(Member.class, inA, 20_000)));

        assertThat(pastCap).isEqualTo(11);
        assertThat(underCap).isEqualTo(IN_A);
    }

    @Test
    void theOrgFilterListsTheScopeTopAndItsChildrenOnly() {
        String page = TestHttp.signedIn(port, "cadre.scale").get("/members").body();
        String filter = orgFilter(page);

        assertThat(filter).contains(PROVINCE).contains(CITY).doesNotContain(UNIT_A).doesNotContain(UNIT_B)
                .doesNotContain("黑龙江").doesNotContain("selected");
    }

    @Test
    void choosingAnOrgDrillsDownToItsChildren() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.scale");

        String answer = cadre.getWithHeader("/members?orgId=" + city, "HX-Request", "true").body();

        // the rows, and the org filter again (out of band): the city chosen, under its province, with its units
        assertThat(answer).contains("id=\"rows\"").contains("规模A00000").contains("hx-swap-oob=\"true\"");
        String filter = orgFilter(answer);
        assertThat(filter).containsPattern("value=\"" + city + "\"[^>]*selected[^>]*>\\s*\u3000" + CITY)
                .contains(PROVINCE).contains("\u3000\u3000" + UNIT_A).contains("\u3000\u3000" + UNIT_B);
        assertThat(filter.indexOf(PROVINCE)).isLessThan(filter.indexOf(CITY));
        assertThat(filter.indexOf(CITY)).isLessThan(filter.indexOf(UNIT_A));
    }

    @Test
    void aCadreOfAnotherProvinceSeesNoneOfItInListCountFilterOrExport() throws IOException {
        TestHttp qinghai = TestHttp.signedIn(port, "cadre.qinghai");

        String byOrg = qinghai.get("/members?orgId=" + province).body();
        String byName = qinghai.get("/members?name=" + "规模").body();
        byte[] export = qinghai.get("/members/export.xlsx?name=" + "规模").bytes();

        for (String page : List.of(byOrg, byName)) {
            assertThat(page).contains("没有符合条件的会员").contains("共 0 条").doesNotContain("规模A").doesNotContain(PROVINCE);
        }
        assertThat(orgFilter(byOrg)).contains("青海省").doesNotContain("selected");
        assertThat(rows(export)).hasSize(1);   // the header only
    }

    @Test
    void theExportStreamsEveryRowOfTheScopeInListOrder() throws IOException {
        TestHttp.Response response = TestHttp.signedIn(port, "cadre.scale").get("/members/export.xlsx");

        assertThat(response.status()).isEqualTo(200);
        List<Row> rows = rows(response.bytes());
        assertThat(rows).hasSize(1 + IN_A + 3);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("姓名");
        assertThat(rows.get(1).getCellText(0)).isEqualTo("规模A00000");
        // across the chunk boundary (1,000 rows a chunk): nothing lost, nothing twice
        assertThat(rows.get(1000).getCellText(0)).isEqualTo("规模A00999");
        assertThat(rows.get(1001).getCellText(0)).isEqualTo("规模A01000");
        assertThat(rows.get(IN_A).getCellText(0)).isEqualTo("规模A10000");
        assertThat(rows.get(IN_A + 3).getCellText(0)).isEqualTo("规模B00002");
        assertThat(rows.get(IN_A + 3).getCellText(2)).isEqualTo("230718********1230");
        assertThat(rows.get(IN_A + 3).getCellText(3)).isEqualTo("139****1234");
        assertThat(rows.get(IN_A + 3).getCellText(4)).isEqualTo(UNIT_B);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'MEMBER_EXPORT' and username = 'cadre.scale'"
                + " and detail like 'rows=10004,%'", Integer.class)).isPositive();
    }

    private static String orgFilter(String page) {
        int start = page.indexOf("id=\"org-filter\"");
        assertThat(start).as("the org filter").isPositive();
        return page.substring(start, page.indexOf("</select>", start));
    }

    private static List<Row> rows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return book.getFirstSheet().read();
        }
    }
}
