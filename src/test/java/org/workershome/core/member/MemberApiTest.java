package org.workershome.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.core.member.MemberFixtures.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class MemberApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** Every member the account sees, page by page. */
    private List<JsonNode> all(TestHttp http, String query) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            TestHttp.Response response = http.get("/api/v1/members?size=100&page=" + page + query);
            assertThat(response.status()).isEqualTo(200);
            response.json().get("items").forEach(items::add);
            if (page + 1 >= response.json().get("totalPages").asInt()) {
                return items;
            }
        }
    }

    private static Set<String> orgNames(List<JsonNode> items) {
        Set<String> names = new HashSet<>();
        items.forEach(i -> names.add(i.get("orgName").asString()));
        return names;
    }

    private long aMemberOf(String orgName) {
        return jdbc.queryForObject("select min(id) from member where org_id = ?", Long.class, orgId(jdbc, orgName));
    }

    @Test
    void cadreOfForestFarmSeesForestFarmMembersAndNotWeatherStationMembers() {
        TestHttp cadre = TestHttp.api(port, "cadre.forest");

        List<JsonNode> seen = all(cadre, "");

        assertThat(seen).hasSizeGreaterThanOrEqualTo(8);
        assertThat(orgNames(seen)).containsExactly(FOREST);
        assertThat(cadre.get("/api/v1/members/" + aMemberOf(STATION)).status()).isEqualTo(404);
        assertThat(cadre.get("/api/v1/members/" + aMemberOf(FOREST)).status()).isEqualTo(200);
        assertThat(cadre.get("/api/v1/members?orgId=" + orgId(jdbc, STATION)).json().get("total").asLong()).isZero();
    }

    @Test
    void cadreOfForestFarmSeesTheSameOnTheMembersPage() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");

        TestHttp.Response list = cadre.get("/members");
        TestHttp.Response stationMember = cadre.get("/members/" + aMemberOf(STATION));

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(FOREST).doesNotContain(STATION).containsPattern("\\d{6}\\*{8}\\d{3}[\\dX]");
        assertThat(stationMember.status()).isEqualTo(404);
    }

    @Test
    void cadreOfProvinceSeesBothHeilongjiangUnitsAndNothingInQinghai() {
        TestHttp cadre = TestHttp.api(port, "cadre.province");

        List<JsonNode> seen = all(cadre, "");

        assertThat(orgNames(seen)).contains(FOREST, FARM).doesNotContain(STATION, "丹江口水库管理局工会");
        assertThat(cadre.get("/api/v1/members/" + aMemberOf(STATION)).status()).isEqualTo(404);
        assertThat(cadre.get("/api/v1/members/" + aMemberOf(FARM)).status()).isEqualTo(200);
        assertThat(all(cadre, "&orgId=" + orgId(jdbc, FARM))).isNotEmpty().allMatch(i -> i.get("orgName").asString().equals(FARM));
    }

    @Test
    void workerSeesOnlyHimselfThroughTheApi() {
        TestHttp worker = TestHttp.api(port, "worker.forest");
        long himself = jdbc.queryForObject("select member_id from account where username = 'worker.forest'", Long.class);
        long colleague = jdbc.queryForObject("select min(id) from member where org_id = ? and id <> ?", Long.class,
                orgId(jdbc, FOREST), himself);

        TestHttp.Response list = worker.get("/api/v1/members");

        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        JsonNode me = list.json().get("items").get(0);
        assertThat(me.get("id").asLong()).isEqualTo(himself);
        assertThat(me.get("username").asString()).isEqualTo("worker.forest");
        assertThat(me.get("idNumber").asString()).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
        assertThat(me.get("phone").asString()).contains("****");
        assertThat(worker.get("/api/v1/members/" + colleague).status()).isEqualTo(404);
        assertThat(worker.get("/api/v1/members/" + himself + "/personal-data").status()).isEqualTo(403);
        assertThat(worker.postJson("/api/v1/members", draft(orgId(jdbc, FOREST), uniqueName("工"), idNumber("230718"))).status())
                .isEqualTo(403);
    }

    @Test
    void listShowsUsernameOfLinkedAccountAndNullOtherwise() {
        TestHttp cadre = TestHttp.api(port, "cadre.forest");
        long admin = register(TestHttp.api(port, "admin"), orgId(jdbc, FOREST), uniqueName("无账号"), idNumber("230718"));

        List<JsonNode> seen = all(cadre, "");

        assertThat(seen).anySatisfy(i -> assertThat(i.get("username").asString()).isEqualTo("worker.forest"));
        assertThat(seen).filteredOn(i -> i.get("id").asLong() == admin)
                .singleElement().satisfies(i -> assertThat(i.get("username").isNull()).isTrue());
    }

    @Test
    void fullPersonalDataViewIsAuditedOnApiAndPage() {
        long orgId = orgId(jdbc, FOREST);
        String idNumber = idNumber("230718");
        long id = register(TestHttp.api(port, "admin"), orgId, uniqueName("查看"), idNumber);
        TestHttp cadreApi = TestHttp.api(port, "cadre.forest");

        TestHttp.Response masked = cadreApi.get("/api/v1/members/" + id);
        TestHttp.Response full = cadreApi.get("/api/v1/members/" + id + "/personal-data");

        assertThat(masked.body()).doesNotContain(idNumber);
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.json().get("idNumber").asString()).isEqualTo(idNumber);
        assertThat(views(id)).isEqualTo(1);

        TestHttp cadrePage = TestHttp.signedIn(port, "cadre.forest");
        assertThat(cadrePage.get("/members/" + id).body()).doesNotContain(idNumber);
        TestHttp.Response revealed = cadrePage.postForm("/members/" + id + "/personal-data", Map.of());
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.body()).contains(idNumber);
        assertThat(views(id)).isEqualTo(2);
    }

    private int views(long memberId) {
        return jdbc.queryForObject("""
                select count(*) from audit_log where action = 'PERSONAL_DATA_VIEW' and target_type = 'Member'
                and target_id = ? and username = 'cadre.forest'""", Integer.class, String.valueOf(memberId));
    }

    @Test
    void createWithBadIdChecksumAnswers400NamingIdNumberAndCreatesNothing() {
        String name = uniqueName("坏号");
        String good = idNumber("230718");
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');

        TestHttp.Response response = TestHttp.api(port, "cadre.forest")
                .postJson("/api/v1/members", draft(orgId(jdbc, FOREST), name, bad));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors")).anySatisfy(e -> {
            assertThat(e.get("field").asString()).isEqualTo("idNumber");
            assertThat(e.get("message").asString()).contains("身份证号");
        });
        assertThat(count(name)).isZero();
    }

    @Test
    void registerFormWithBadIdReRendersWithFieldMessageAndSavesNothing() {
        String name = uniqueName("表单");
        String good = idNumber("230718");
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        assertThat(cadre.get("/members/new").body()).contains("name=\"requestToken\"");

        TestHttp.Response response = cadre.postForm("/members", Map.of("orgId", String.valueOf(orgId(jdbc, FOREST)),
                "name", name, "idNumber", bad, "phone", "12345", "joinDate", "2015-06-01",
                "requestToken", java.util.UUID.randomUUID().toString()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("身份证号不正确").contains("手机号不正确").contains("value=\"" + name + "\"");
        assertThat(count(name)).isZero();

        TestHttp.Response ok = cadre.postForm("/members", Map.of("orgId", String.valueOf(orgId(jdbc, FOREST)),
                "name", name, "idNumber", good, "phone", phone(), "joinDate", "2015-06-01",
                "requestToken", java.util.UUID.randomUUID().toString()));
        assertThat(ok.status()).isEqualTo(302);
        assertThat(count(name)).isEqualTo(1);
    }

    @Test
    void createInOrgOutsideScopeAnswers403AndUpdateOutsideScopeToo() {
        String name = uniqueName("越权");
        TestHttp cadre = TestHttp.api(port, "cadre.forest");

        TestHttp.Response create = cadre.postJson("/api/v1/members", draft(orgId(jdbc, STATION), name, idNumber("632626")));
        TestHttp.Response update = cadre.sendJson("PUT", "/api/v1/members/" + aMemberOf(STATION),
                Map.of("name", name, "status", "ACTIVE"), Map.of());

        assertThat(create.status()).isEqualTo(403);
        assertThat(update.status()).isEqualTo(403);
        assertThat(count(name)).isZero();
    }

    @Test
    void updateChangesEditableFieldsAndRefusesAStaleVersion() {
        TestHttp cadre = TestHttp.api(port, "cadre.forest");
        long id = register(TestHttp.api(port, "admin"), orgId(jdbc, FOREST), uniqueName("改"), idNumber("230718"));
        JsonNode before = cadre.get("/api/v1/members/" + id).json();
        String renamed = uniqueName("改后");

        TestHttp.Response updated = cadre.sendJson("PUT", "/api/v1/members/" + id, Map.of("name", renamed,
                "job", "营林工", "status", "RETIRED", "version", before.get("version").asLong()), Map.of());
        TestHttp.Response stale = cadre.sendJson("PUT", "/api/v1/members/" + id, Map.of("name", renamed,
                "version", before.get("version").asLong()), Map.of());

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("name").asString()).isEqualTo(renamed);
        assertThat(updated.json().get("status").asString()).isEqualTo("RETIRED");
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void editPageKeepsThePhoneHiddenSavesChangesAndRefusesAStaleVersion() {
        long id = register(TestHttp.api(port, "admin"), orgId(jdbc, FOREST), uniqueName("页面改"), idNumber("230718"));
        String phone = TestHttp.api(port, "admin").get("/api/v1/members/" + id + "/personal-data").json().get("phone").asString();
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        long version = jdbc.queryForObject("select version from member where id = ?", Long.class, id);

        TestHttp.Response form = cadre.get("/members/" + id + "/edit");
        String renamed = uniqueName("页面改后");
        Map<String, String> fields = new java.util.HashMap<>(Map.of("name", renamed, "gender", "MALE", "phone", "",
                "joinDate", "2016-01-01", "job", "苗圃工", "status", "ACTIVE", "version", String.valueOf(version)));
        String gender = jdbc.queryForObject("select gender from member where id = ?", String.class, id);
        fields.put("gender", gender);
        TestHttp.Response saved = cadre.postForm("/members/" + id + "/edit", fields);
        TestHttp.Response stale = cadre.postForm("/members/" + id + "/edit", fields);

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"version\"").doesNotContain(phone);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(count(renamed)).isEqualTo(1);
        assertThat(TestHttp.api(port, "admin").get("/api/v1/members/" + id + "/personal-data").json().get("phone").asString())
                .isEqualTo(phone);
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void transferRecordsHistoryAndMovesTheMemberOutOfTheOldCadresScope() {
        long forest = orgId(jdbc, FOREST);
        long farm = orgId(jdbc, FARM);
        TestHttp province = TestHttp.api(port, "cadre.province");
        TestHttp forestCadre = TestHttp.api(port, "cadre.forest");
        long id = register(province, forest, uniqueName("调动"), idNumber("230718"));
        assertThat(forestCadre.get("/api/v1/members/" + id).status()).isEqualTo(200);

        TestHttp.Response moved = province.postJson("/api/v1/members/" + id + "/transfer",
                Map.of("toOrgId", farm, "reason", "工作调动"));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("orgId").asLong()).isEqualTo(farm);
        JsonNode history = province.get("/api/v1/members/" + id + "/transfers").json();
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("fromOrgName").asString()).isEqualTo(FOREST);
        assertThat(history.get(0).get("toOrgName").asString()).isEqualTo(FARM);
        assertThat(history.get(0).get("reason").asString()).isEqualTo("工作调动");
        assertThat(history.get(0).get("transferredBy").asString()).isEqualTo("cadre.province");
        assertThat(forestCadre.get("/api/v1/members/" + id).status()).isEqualTo(404);
        assertThat(forestCadre.postJson("/api/v1/members/" + id + "/transfer", Map.of("toOrgId", forest)).status())
                .isEqualTo(403);
        assertThat(TestHttp.signedIn(port, "cadre.province").get("/members/" + id).body()).contains("工作调动", FARM);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'MEMBER_TRANSFER' and target_id = ?",
                Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void transferThroughThePageRecordsHistory() {
        long id = register(TestHttp.api(port, "admin"), orgId(jdbc, FOREST), uniqueName("页面调动"), idNumber("230718"));
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        assertThat(province.get("/members/" + id + "/transfer").body()).contains(FARM);

        TestHttp.Response moved = province.postForm("/members/" + id + "/transfer",
                Map.of("toOrgId", String.valueOf(orgId(jdbc, FARM)), "reason", "支援春耕"));

        assertThat(moved.status()).isEqualTo(302);
        assertThat(province.get("/members/" + id).body()).contains("支援春耕", FOREST, FARM);
        assertThat(TestHttp.api(port, "cadre.forest").get("/api/v1/members/" + id).status()).isEqualTo(404);
    }

    @Test
    void listPageFiltersByNameAndIdNumberAndAnswersHtmxWithRowsOnly() {
        String name = uniqueName("筛选");
        String idNumber = idNumber("230718");
        register(TestHttp.api(port, "admin"), orgId(jdbc, FOREST), name, idNumber);
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");

        TestHttp.Response byName = cadre.getWithHeader("/members?name=" + enc(name.substring(0, 4)), "HX-Request", "true");
        TestHttp.Response byId = cadre.get("/members?idNumber=" + idNumber);
        TestHttp.Response byOtherId = cadre.get("/members?idNumber=" + idNumber("230718"));

        assertThat(byName.body()).contains(name).doesNotContain("<html").doesNotContain(idNumber);
        // the typed number stays in the filter box; the row itself shows it masked
        assertThat(byId.body()).contains(name).contains("<html")
                .contains(org.workershome.core.crypto.Masks.idNumber(idNumber));
        assertThat(byOtherId.body()).doesNotContain(name);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private int count(String name) {
        return jdbc.queryForObject("select count(*) from member where name = ?", Integer.class, name);
    }
}
