package org.workershome.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.repository.CrudRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.TestAccounts;
import org.workershome.core.org.Industry;
import org.workershome.core.org.Org;
import org.workershome.core.org.OrgDraft;
import org.workershome.core.org.OrgManagement;
import org.workershome.core.org.OrgType;
import org.workershome.core.time.Times;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class AuditLogTest {

    @LocalServerPort
    int port;

    @Autowired
    OrgManagement orgManagement;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void orgChangeByACadreIsInTheAuditLogWithUserIpAndAction() {
        Long forest = jdbc.queryForObject("select id from org where name = '伊春红星林场工会'", Long.class);
        Org created = asCadreFrom("203.0.113.7", "cadre.forest", () -> orgManagement.create(
                new OrgDraft(forest, "审计测试班组 " + UUID.randomUUID(), OrgType.GRASSROOTS, Industry.FORESTRY, null)));

        JsonNode items = TestHttp.api(port, "admin")
                .get("/api/v1/audit-log?target=" + created.getId() + "&targetType=Org").json().get("items");
        JsonNode create = find(items, "ORG_CREATE");
        assertThat(create).as("ORG_CREATE in %s", items).isNotNull();
        assertThat(create.get("username").asString()).isEqualTo("cadre.forest");
        assertThat(create.get("ip").asString()).isEqualTo("203.0.113.7");
        assertThat(create.get("targetType").asString()).isEqualTo("Org");
        assertThat(create.get("targetId").asString()).isEqualTo(String.valueOf(created.getId()));
        assertThat(create.get("orgId").asLong()).isEqualTo(created.getId());
        assertThat(Instant.parse(create.get("at").asString())).isAfter(Instant.now().minusSeconds(120));
    }

    @Test
    void onlyAuditorsReadTheAuditLog() {
        assertThat(TestHttp.api(port, "worker.forest").get("/api/v1/audit-log?target=1").status()).isEqualTo(403);
        assertThat(TestHttp.api(port, "cadre.forest").get("/api/v1/audit-log?target=1").status()).isEqualTo(403);
        assertThat(TestHttp.signedIn(port, "cadre.forest").get("/audit-log").status()).isEqualTo(403);
        assertThat(TestHttp.anonymousApi(port).get("/api/v1/audit-log?target=1").status()).isEqualTo(401);
    }

    @Test
    void signInSuccessFailureAndSignOutAreRecordedWithTheClientIp() {
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        TestHttp.browser(port).login(stranger, "Wrong-pass1");
        TestHttp admin = TestHttp.api(port, "admin");
        JsonNode failure = admin.get("/api/v1/audit-log?username=" + stranger).json().get("items");
        assertThat(failure.size()).isEqualTo(1);
        assertThat(failure.get(0).get("action").asString()).isEqualTo("LOGIN_FAILURE");
        assertThat(failure.get(0).get("ip").asString()).isEqualTo("127.0.0.1");

        Instant before = Instant.now().minusSeconds(1);
        TestHttp editor = TestHttp.signedIn(port, "editor");
        assertThat(editor.postForm("/logout", Map.of()).status()).isEqualTo(302);
        String today = LocalDate.now(Times.ZONE).toString();
        JsonNode mine = admin.get("/api/v1/audit-log?username=editor&from=" + today + "&to=" + today + "&size=20")
                .json().get("items");
        assertThat(latestAfter(mine, "LOGIN_SUCCESS", before)).as("%s", mine).isTrue();
        assertThat(latestAfter(mine, "LOGOUT", before)).as("%s", mine).isTrue();
    }

    @Test
    void auditPageFiltersNewestFirstInChineseDateFormatAndAnswersHtmxWithRowsOnly() {
        String stranger = "page-" + UUID.randomUUID().toString().substring(0, 8);
        TestHttp.browser(port).login(stranger, "Wrong-pass1");
        TestHttp admin = TestHttp.signedIn(port, "admin");

        TestHttp.Response page = admin.get("/audit-log?username=" + stranger);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html", stranger, "LOGIN_FAILURE")
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(page.body()).doesNotContain("LOGIN_SUCCESS");

        TestHttp.Response rows = admin.getWithHeader("/audit-log?username=" + stranger + "&action=LOGIN", "HX-Request", "true");
        assertThat(rows.status()).isEqualTo(200);
        assertThat(rows.body()).doesNotContain("<html").contains("id=\"rows\"", stranger);

        TestHttp.Response none = admin.getWithHeader("/audit-log?username=" + stranger + "&action=LOGOUT", "HX-Request", "true");
        assertThat(none.body()).doesNotContain(stranger).contains("没有符合条件的记录");
    }

    @Test
    void aProvincialAdministratorSeesOnlyEntriesOfOrgsInTheProvinceOnThePageAndInTheApi() {
        String target = UUID.randomUUID().toString();
        String forest = entry(target, "伊春红星林场工会");
        String province = entry(target, "黑龙江省农林水利气象工会");
        String qinghai = entry(target, "玛多县气象站工会");
        String noOrg = entry(target, null);
        String provincial = TestAccounts.uniqueUsername("audit");
        TestAccounts.createSubtreeAdmin(port, provincial, "黑龙江省农林水利气象工会");

        JsonNode mine = TestHttp.api(port, provincial).get("/api/v1/audit-log?target=" + target).json();
        assertThat(details(mine.get("items"))).containsExactlyInAnyOrder(forest, province);
        assertThat(mine.get("totalElements").asLong()).isEqualTo(2);
        TestHttp.Response page = TestHttp.signedIn(port, provincial).get("/audit-log?targetId=" + target);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(forest, province).doesNotContain(qinghai, noOrg);
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        TestHttp.browser(port).login(stranger, "Wrong-pass1");
        assertThat(TestHttp.api(port, provincial).get("/api/v1/audit-log?username=" + stranger).json()
                .get("totalElements").asLong()).as("a failed sign-in of no account has no org").isZero();
        assertThat(TestHttp.api(port, "admin").get("/api/v1/audit-log?username=" + stranger).json()
                .get("totalElements").asLong()).isEqualTo(1);

        JsonNode all = TestHttp.api(port, "admin").get("/api/v1/audit-log?target=" + target).json();
        assertThat(details(all.get("items"))).containsExactlyInAnyOrder(forest, province, qinghai, noOrg);
        assertThat(TestHttp.signedIn(port, "admin").get("/audit-log?targetId=" + target).body())
                .contains(forest, province, qinghai, noOrg);
    }

    /** An entry written straight to the table (the log is append-only, inserts are allowed); answers its detail. */
    private String entry(String target, String orgName) {
        Long orgId = orgName == null ? null : jdbc.queryForObject("select id from org where name = ?", Long.class, orgName);
        String detail = "detail-" + (orgName == null ? "none" : orgId) + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("""
                insert into audit_log (occurred_at, username, action, target_type, target_id, org_id, detail)
                values (?, 'someone', 'SCOPE_TEST', 'Test', ?, ?, ?)""",
                java.sql.Timestamp.from(Instant.now()), target, orgId, detail);
        return detail;
    }

    private static java.util.List<String> details(JsonNode items) {
        java.util.List<String> details = new java.util.ArrayList<>();
        items.forEach(item -> details.add(item.get("detail").asString()));
        return details;
    }

    @Test
    void theApplicationOffersNoWayToChangeOrDeleteAuditEntries() {
        assertThat(CrudRepository.class.isAssignableFrom(AuditLog.class)).isFalse();
        assertThat(Arrays.stream(AuditLog.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("save") || name.startsWith("delete") || name.startsWith("update")
                        || name.startsWith("remove"));
        assertThat(AuditEntry.class.isAnnotationPresent(Immutable.class)).isTrue();

        TestHttp admin = TestHttp.api(port, "admin");
        assertThat(admin.delete("/api/v1/audit-log").status()).isEqualTo(405);
        assertThat(admin.sendJson("PUT", "/api/v1/audit-log", Map.of("detail", "x"), Map.of()).status()).isEqualTo(405);
    }

    @Test
    void postgresRefusesUpdatesAndDeletesOfAuditEntries() throws Exception {
        String product;
        try (var connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        assumeTrue("PostgreSQL".equals(product), "the append-only trigger exists on PostgreSQL only");
        assertThatThrownBy(() -> jdbc.update("update audit_log set detail = 'forged' where id = (select min(id) from audit_log)"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where id = (select min(id) from audit_log)"))
                .hasMessageContaining("append-only");
    }

    private static JsonNode find(JsonNode items, String action) {
        for (JsonNode item : items) {
            if (item.get("action").asString().equals(action)) {
                return item;
            }
        }
        return null;
    }

    private static boolean latestAfter(JsonNode items, String action, Instant after) {
        JsonNode item = find(items, action);
        return item != null && Instant.parse(item.get("at").asString()).isAfter(after);
    }

    /** Runs work as the given account, as if its request came from {@code ip}. */
    private <T> T asCadreFrom(String ip, String username, java.util.function.Supplier<T> work) {
        CurrentUser user = (CurrentUser) users.loadUserByUsername(username);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(ip);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
