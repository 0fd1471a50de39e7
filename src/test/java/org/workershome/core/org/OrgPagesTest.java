package org.workershome.core.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class OrgPagesTest {

    @LocalServerPort
    int port;

    @Test
    void provincialCadreSeesTheTreeOfTheirProvinceOnly() {
        String page = TestHttp.signedIn(port, "cadre.province").get("/orgs").body();
        assertThat(page).contains(OrgApiTest.HEILONGJIANG, OrgApiTest.FOREST, OrgApiTest.FARM, "class=\"tree\"", "林业");
        assertThat(page).doesNotContain(OrgApiTest.STATION, "丹江口");
    }

    @Test
    void newOrgFormHasTheFieldsBrowserTestsUse() {
        String form = TestHttp.signedIn(port, "admin").get("/orgs/new").body();
        assertThat(form).contains("name=\"name\"", "<select id=\"type\" name=\"type\"", "name=\"industry\"",
                "name=\"regionCode\"", "name=\"parentId\"", "type=\"submit\"", "name=\"requestToken\"");
        assertThat(form).containsPattern("name=\"requestToken\" value=\"[0-9a-f-]{36}\"");
    }

    @Test
    void cadreCreatesAnOrgThroughTheFormEditsAndMovesIt() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.province");
        long province = idOf(OrgApiTest.HEILONGJIANG);
        String name = "页面新建" + OrgApiTest.unique();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("parentId", String.valueOf(province));
        fields.put("name", name);
        fields.put("type", "GRASSROOTS");
        fields.put("industry", "FORESTRY");
        fields.put("regionCode", "230700");
        fields.put("requestToken", java.util.UUID.randomUUID().toString());
        TestHttp.Response created = cadre.postForm("/orgs", fields);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String location = created.header("Location");
        assertThat(location).matches(".*/orgs/\\d+");
        String id = location.replaceAll(".*/orgs/", "");

        TestHttp.Response detail = cadre.get("/orgs/" + id);
        assertThat(detail.body()).containsPattern("<h1[^>]*>" + name + "</h1>").contains(OrgApiTest.HEILONGJIANG);

        String renamed = name + "改";
        assertThat(cadre.postForm("/orgs/" + id + "/edit", Map.of("name", renamed, "type", "GRASSROOTS",
                "industry", "AGRICULTURE", "regionCode", "")).status()).isEqualTo(302);
        assertThat(cadre.get("/orgs/" + id).body()).contains(renamed).contains("农业");

        long farm = idOf(OrgApiTest.FARM);
        assertThat(cadre.get("/orgs/" + id + "/move").body()).contains(OrgApiTest.FARM);
        assertThat(cadre.postForm("/orgs/" + id + "/move", Map.of("parentId", String.valueOf(farm))).status()).isEqualTo(302);
        JsonNode moved = TestHttp.api(port, "admin").get("/api/v1/orgs/" + id).json();
        assertThat(moved.get("parentId").asLong()).isEqualTo(farm);

        assertThat(cadre.postForm("/orgs/" + id + "/close", Map.of()).status()).isEqualTo(302);
        assertThat(cadre.get("/orgs/" + id).body()).contains("tag closed").contains("已撤销");
    }

    @Test
    void formIsShownAgainWithFieldErrorsAndNothingIsCreated() {
        TestHttp admin = TestHttp.signedIn(port, "admin");
        TestHttp.Response response = admin.postForm("/orgs", Map.of("parentId", String.valueOf(idOf(OrgApiTest.NATIONAL)),
                "name", "", "type", "CITY", "regionCode", "12ab"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("field-error").contains("请填写组织名称").contains("行政区划代码应为 6 位数字");
    }

    @Test
    void closingAnOrgWithMembersIsRefusedWithALocalisedMessage() {
        TestHttp admin = TestHttp.signedIn(port, "admin");
        TestHttp.Response response = admin.postForm("/orgs/" + idOf(OrgApiTest.FOREST) + "/close", Map.of());
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body()).contains("名在册会员，请先转移会员");
    }

    @Test
    void orgOutsideTheScopeIsNotFoundAndCannotBeEdited() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        long station = idOf(OrgApiTest.STATION);
        assertThat(cadre.get("/orgs/" + station).status()).isEqualTo(404);
        assertThat(cadre.postForm("/orgs/" + station + "/edit", Map.of("name", "x", "type", "GRASSROOTS")).status())
                .isEqualTo(403);
    }

    private long idOf(String name) {
        return OrgApiTest.byName(TestHttp.api(port, "admin").get("/api/v1/orgs").json(), name).get("id").asLong();
    }
}
