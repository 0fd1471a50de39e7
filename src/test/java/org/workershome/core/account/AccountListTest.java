package org.workershome.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class AccountListTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void accountListIsPagedByUserNameOnThePageInHtmxRowsAndInTheApi() {
        String prefix = TestAccounts.uniqueUsername("pg");
        List<String> names = insertAccounts(prefix, 55, "伊春红星林场工会");
        TestHttp admin = TestHttp.signedIn(port, "admin");

        TestHttp.Response first = admin.get("/accounts?q=" + prefix);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("第 1 / 2 页，共 55 条", names.get(0), names.get(49))
                .doesNotContain(names.get(50))
                .contains("/accounts?q=" + prefix + "&amp;page=1");
        TestHttp.Response second = admin.get("/accounts?q=" + prefix + "&page=1");
        assertThat(second.body()).contains("第 2 / 2 页，共 55 条", names.get(50), names.get(54))
                .doesNotContain(names.get(49) + "<");

        TestHttp.Response rows = admin.getWithHeader("/accounts?q=" + prefix + "&page=1", "HX-Request", "true");
        assertThat(rows.body()).doesNotContain("<html").contains("id=\"rows\"", names.get(54), "第 2 / 2 页");

        TestHttp api = TestHttp.api(port, "admin");
        JsonNode page = api.get("/api/v1/accounts?q=" + prefix.toUpperCase()).json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(55);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(usernames(page)).containsExactlyElementsOf(names.subList(0, 50));
        assertThat(usernames(api.get("/api/v1/accounts?q=" + prefix + "&page=1&size=20").json()))
                .containsExactlyElementsOf(names.subList(20, 40));
        assertThat(api.get("/api/v1/accounts?size=100000").json().get("size").asInt()).isEqualTo(200);
    }

    /** A page number whose row offset overflows an int used to end in a 500 (core.db.Paging). */
    @Test
    void farAwayPagesOfCoreListsAreEmptyNotAnError() {
        TestHttp api = TestHttp.api(port, "admin");
        TestHttp admin = TestHttp.signedIn(port, "admin");
        TestHttp.Response farAway = api.get("/api/v1/accounts?page=2000000000&size=200");
        assertThat(farAway.status()).as(farAway.body()).isEqualTo(200);
        assertThat(farAway.json().get("items").isEmpty()).isTrue();
        for (String path : new String[] {"/api/v1/audit-log?page=2000000000&size=200",
                "/api/v1/members?page=2000000000&size=100", "/api/v1/notifications?page=2000000000"}) {
            assertThat(api.get(path).status()).as(path).isEqualTo(200);
        }
        for (String path : new String[] {"/accounts?page=2000000000", "/audit-log?page=2000000000",
                "/members?page=2000000000", "/notifications?page=2000000000"}) {
            assertThat(admin.get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void searchMatchesDisplayNamesAndTakesPercentLiterally() {
        String prefix = TestAccounts.uniqueUsername("dn");
        insertAccounts(prefix, 2, "伊春红星林场工会");
        TestHttp api = TestHttp.api(port, "admin");
        assertThat(api.get("/api/v1/accounts?q=" + URLEncoder.encode("显示名 " + prefix + ".1", StandardCharsets.UTF_8)).json().get("totalElements").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/accounts?q=%25").json().get("totalElements").asLong()).isZero();
    }

    @Test
    void aProvincialAdministratorListsOnlyAccountsOfTheProvince() {
        String prefix = TestAccounts.uniqueUsername("sc");
        List<String> heilongjiang = insertAccounts(prefix + ".h", 3, "伊春红星林场工会");
        List<String> qinghai = insertAccounts(prefix + ".q", 2, "玛多县气象站工会");
        String provincial = TestAccounts.uniqueUsername("prov");
        TestAccounts.createSubtreeAdmin(port, provincial, "黑龙江省农林水利气象工会");

        JsonNode page = TestHttp.api(port, provincial).get("/api/v1/accounts?q=" + prefix).json();
        assertThat(usernames(page)).containsExactlyElementsOf(heilongjiang);
        assertThat(page.get("totalElements").asLong()).isEqualTo(3);
        TestHttp browser = TestHttp.signedIn(port, provincial);
        assertThat(browser.get("/accounts?q=" + prefix).body()).contains(heilongjiang.get(0))
                .doesNotContain(qinghai.get(0), qinghai.get(1));
        assertThat(browser.get("/accounts").body()).contains("cadre.forest").doesNotContain("cadre.qinghai", "worker.station");
        long qinghaiId = jdbc.queryForObject("select id from account where username = ?", Long.class, qinghai.get(0));
        assertThat(browser.get("/accounts/" + qinghaiId + "/edit").status()).isEqualTo(404);

        assertThat(usernames(TestHttp.api(port, "admin").get("/api/v1/accounts?q=" + prefix).json()))
                .containsExactlyElementsOf(concat(heilongjiang, qinghai));
    }

    /** Accounts written straight to the table: fast, and they never sign in. Answers their names in list order. */
    private List<String> insertAccounts(String prefix, int count, String orgName) {
        long orgId = jdbc.queryForObject("select id from org where name = ?", Long.class, orgName);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = prefix + "." + String.format("%03d", i);
            jdbc.update("""
                    insert into account (username, password_hash, display_name, org_id, data_scope, enabled, created_at)
                    values (?, 'x', ?, ?, 'SELF', true, ?)""", name, "显示名 " + prefix + "." + i, orgId,
                    Timestamp.from(Instant.now()));
            names.add(name);
        }
        return names;
    }

    private static List<String> usernames(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("username").asString()));
        return names;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
