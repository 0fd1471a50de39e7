package org.workershome.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.workershome.support.TestHttp;

import tools.jackson.databind.JsonNode;

/** Opens throw-away accounts through the admin pages, so tests never change the demo accounts. */
public final class TestAccounts {

    private TestAccounts() {}

    public static String uniqueUsername(String prefix) {
        return prefix + "." + Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36);
    }

    public static long orgId(int port, String name) {
        for (JsonNode org : TestHttp.api(port, "admin").get("/api/v1/orgs").json()) {
            if (org.get("name").asString().equals(name)) {
                return org.get("id").asLong();
            }
        }
        throw new IllegalStateException("no org " + name);
    }

    static long accountId(int port, String username) {
        for (JsonNode account : TestHttp.api(port, "admin").get("/api/v1/accounts?q=" + username).json().get("items")) {
            if (account.get("username").asString().equals(username)) {
                return account.get("id").asLong();
            }
        }
        throw new IllegalStateException("no account " + username);
    }

    static Map<String, String> form(String username, long orgId, String role, String dataScope, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", "测试账号");
        form.put("orgId", String.valueOf(orgId));
        form.put("roles", role);
        form.put("dataScope", dataScope);
        form.put("email", "");
        form.put("password", password);
        return form;
    }

    /** A cadre of the forest farm with the demo password; returns its id. */
    static long createForestCadre(int port, TestHttp admin, String username) {
        TestHttp.Response response = admin.postForm("/accounts",
                form(username, orgId(port, "伊春红星林场工会"), "CADRE", "ORG_AND_SUBTREE", TestHttp.PASSWORD));
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        String location = response.header("Location");
        assertThat(location).matches(".*/accounts/\\d+/edit");
        return Long.parseLong(location.replaceAll(".*/accounts/(\\d+)/edit", "$1"));
    }

    /** An administrator of one org and its subtree (e.g. a province), with the demo password; returns its id. */
    public static long createSubtreeAdmin(int port, String username, String orgName) {
        TestHttp.Response response = TestHttp.signedIn(port, "admin").postForm("/accounts",
                form(username, orgId(port, orgName), "ADMIN", "ORG_AND_SUBTREE", TestHttp.PASSWORD));
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        return Long.parseLong(response.header("Location").replaceAll(".*/accounts/(\\d+)/edit", "$1"));
    }
}
