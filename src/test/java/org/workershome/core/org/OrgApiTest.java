package org.workershome.core.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class OrgApiTest {

    static final String NATIONAL = "中国农林水利气象工会";
    static final String HEILONGJIANG = "黑龙江省农林水利气象工会";
    static final String FOREST = "伊春红星林场工会";
    static final String FARM = "建三江七星农场工会";
    static final String STATION = "玛多县气象站工会";

    @LocalServerPort
    int port;

    @Test
    void provincialCadreSeesBothHeilongjiangUnitsAndNothingOfQinghaiOrHubei() {
        List<String> names = names(TestHttp.api(port, "cadre.province").get("/api/v1/orgs").json());
        assertThat(names).contains(HEILONGJIANG, FOREST, FARM);
        assertThat(names).noneMatch(n -> n.contains("青海") || n.contains("玛多") || n.contains("湖北")
                || n.contains("丹江口") || n.equals(NATIONAL));
    }

    @Test
    void forestCadreSeesOnlyItsFarmAndWhatLiesBelowIt() {
        JsonNode orgs = TestHttp.api(port, "cadre.forest").get("/api/v1/orgs").json();
        JsonNode forest = byName(orgs, FOREST);
        assertThat(forest).isNotNull();
        for (JsonNode org : orgs) {
            assertThat(org.get("path").asString()).startsWith(forest.get("path").asString());
        }
        assertThat(names(orgs)).doesNotContain(FARM, HEILONGJIANG, STATION);
    }

    @Test
    void orgOutsideTheScopeIsNotFoundToReadAndForbiddenToChange() {
        long station = idOf(STATION);
        TestHttp forestCadre = TestHttp.api(port, "cadre.forest");
        assertThat(forestCadre.get("/api/v1/orgs/" + station).status()).isEqualTo(404);
        TestHttp.Response patch = forestCadre.sendJson("PATCH", "/api/v1/orgs/" + station, Map.of("name", "改名"), Map.of());
        assertThat(patch.status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/orgs/" + station).json().get("name").asString()).isEqualTo(STATION);
    }

    @Test
    void createRenameAndMoveCarriesTheWholeSubtreeConsistently() {
        TestHttp admin = admin();
        long national = idOf(NATIONAL);
        JsonNode oldParent = create(admin, national, "旧上级" + unique(), "CITY");
        JsonNode newParent = create(admin, national, "新上级" + unique(), "CITY");
        JsonNode a = create(admin, oldParent.get("id").asLong(), "甲" + unique(), "COUNTY");
        JsonNode b = create(admin, a.get("id").asLong(), "乙" + unique(), "GRASSROOTS");
        assertThat(b.get("path").asString()).isEqualTo(oldParent.get("path").asString() + a.get("id").asLong() + "/"
                + b.get("id").asLong() + "/");
        assertThat(b.get("depth").asInt()).isEqualTo(oldParent.get("depth").asInt() + 2);

        String renamed = "甲改" + unique();
        TestHttp.Response rename = admin.sendJson("PATCH", "/api/v1/orgs/" + a.get("id").asLong(), Map.of("name", renamed), Map.of());
        assertThat(rename.status()).isEqualTo(200);
        assertThat(rename.json().get("name").asString()).isEqualTo(renamed);
        assertThat(rename.json().get("type").asString()).isEqualTo("COUNTY");

        TestHttp.Response move = admin.postJson("/api/v1/orgs/" + a.get("id").asLong() + "/move",
                Map.of("parentId", newParent.get("id").asLong()));
        assertThat(move.status()).isEqualTo(200);
        assertThat(move.json().get("parentId").asLong()).isEqualTo(newParent.get("id").asLong());

        JsonNode movedB = admin.get("/api/v1/orgs/" + b.get("id").asLong()).json();
        assertThat(movedB.get("path").asString()).isEqualTo(newParent.get("path").asString() + a.get("id").asLong()
                + "/" + b.get("id").asLong() + "/");
        assertThat(movedB.get("depth").asInt()).isEqualTo(newParent.get("depth").asInt() + 2);
        assertThat(movedB.get("parentId").asLong()).isEqualTo(a.get("id").asLong());

        JsonNode all = admin.get("/api/v1/orgs").json();
        List<Long> underOldParent = new ArrayList<>();
        all.forEach(o -> {
            if (o.get("path").asString().startsWith(oldParent.get("path").asString())) {
                underOldParent.add(o.get("id").asLong());
            }
        });
        assertThat(underOldParent).containsExactly(oldParent.get("id").asLong());
    }

    @Test
    void movingAnOrgUnderItselfOrItsOwnDescendantIsAConflict() {
        TestHttp admin = admin();
        JsonNode a = create(admin, idOf(NATIONAL), "循环甲" + unique(), "CITY");
        JsonNode b = create(admin, a.get("id").asLong(), "循环乙" + unique(), "GRASSROOTS");
        assertThat(admin.postJson("/api/v1/orgs/" + a.get("id").asLong() + "/move",
                Map.of("parentId", b.get("id").asLong())).status()).isEqualTo(409);
        assertThat(admin.postJson("/api/v1/orgs/" + a.get("id").asLong() + "/move",
                Map.of("parentId", a.get("id").asLong())).status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/orgs/" + b.get("id").asLong()).json().get("path").asString())
                .isEqualTo(a.get("path").asString() + b.get("id").asLong() + "/");
    }

    @Test
    void closingIsRefusedWhileActiveChildrenOrMembersRemainAndAnEmptyOrgCloses() {
        TestHttp admin = admin();
        JsonNode a = create(admin, idOf(NATIONAL), "撤销甲" + unique(), "CITY");
        JsonNode b = create(admin, a.get("id").asLong(), "撤销乙" + unique(), "GRASSROOTS");

        TestHttp.Response withChild = admin.postJson("/api/v1/orgs/" + a.get("id").asLong() + "/close", null);
        assertThat(withChild.status()).isEqualTo(409);
        assertThat(withChild.json().get("detail").asString()).contains("下级组织");

        TestHttp.Response withMembers = admin.postJson("/api/v1/orgs/" + idOf(FOREST) + "/close", null);
        assertThat(withMembers.status()).isEqualTo(409);
        assertThat(withMembers.json().get("detail").asString()).contains("会员");
        assertThat(admin.get("/api/v1/orgs/" + idOf(FOREST)).json().get("status").asString()).isEqualTo("ACTIVE");

        TestHttp.Response empty = admin.postJson("/api/v1/orgs/" + b.get("id").asLong() + "/close", null);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/orgs/" + b.get("id").asLong()).json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(admin.postJson("/api/v1/orgs/" + a.get("id").asLong() + "/close", null).status()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedWithEachFieldNamed() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parentId", idOf(NATIONAL));
        body.put("name", " ");
        body.put("regionCode", "12");
        TestHttp.Response response = admin().postJson("/api/v1/orgs", body);
        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("name", "type", "regionCode");
    }

    @Test
    void workerMayNotListOrgs() {
        assertThat(TestHttp.api(port, "worker.forest").get("/api/v1/orgs").status()).isEqualTo(403);
    }

    private TestHttp admin() {
        return TestHttp.api(port, "admin");
    }

    private JsonNode create(TestHttp admin, long parentId, String name, String type) {
        TestHttp.Response response = admin.postJson("/api/v1/orgs", Map.of("parentId", parentId, "name", name, "type", type));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.header("Location")).endsWith("/api/v1/orgs/" + response.json().get("id").asLong());
        return response.json();
    }

    private long idOf(String name) {
        return byName(admin().get("/api/v1/orgs").json(), name).get("id").asLong();
    }

    static JsonNode byName(JsonNode orgs, String name) {
        for (JsonNode org : orgs) {
            if (org.get("name").asString().equals(name)) {
                return org;
            }
        }
        return null;
    }

    static List<String> names(JsonNode orgs) {
        List<String> names = new ArrayList<>();
        orgs.forEach(o -> names.add(o.get("name").asString()));
        return names;
    }

    static String unique() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36);
    }
}
