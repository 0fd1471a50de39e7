package org.workershome.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.hardship.HardshipFixtures.STATION;
import static org.workershome.hardship.HardshipFixtures.application;
import static org.workershome.hardship.HardshipFixtures.apply;
import static org.workershome.hardship.HardshipFixtures.idNumber;
import static org.workershome.hardship.HardshipFixtures.newMember;
import static org.workershome.hardship.HardshipFixtures.orgId;
import static org.workershome.hardship.HardshipFixtures.phone;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.account.Account;
import org.workershome.core.account.Accounts;
import org.workershome.core.account.Role;
import org.workershome.core.scope.DataScope;
import org.workershome.core.scope.Scopes;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/**
 * Security review: an account whose data scope covers the org but who has no {@code hardship:file:handle}
 * (a mediator, judge, librarian, editor...) sees no hardship file but his own — not in the API list, not by id,
 * not its attachments (health evidence).
 */
@IntegrationTest
class ReviewHardshipNonHandlerTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired Accounts accounts;

    @Test
    void anOrgScopedAccountWithoutTheHandlePermissionSeesNoFileOfOthers() {
        long station = orgId(jdbc, STATION);
        String username = "review.mediator.station";
        Scopes.asSystem(() -> {
            if (accounts.findByUsername(username).isEmpty()) {
                accounts.save(new Account(username, "{noop}" + TestHttp.PASSWORD, "调解员", station, null,
                        DataScope.ORG_AND_SUBTREE, Set.of(Role.MEDIATOR), null, Instant.now()));
            }
        });
        TestHttp admin = TestHttp.api(port, "admin");
        long member = newMember(admin, station, "632626");
        TestHttp cadre = TestHttp.api(port, "cadre.station");
        long file = apply(cadre, application(member, idNumber("632626"), phone())).get("id").asLong();
        byte[] pdf = "%PDF-1.4\n% 诊断证明 尿毒症\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        TestHttp.Response uploaded = cadre.postMultipart("/api/v1/hardship-files/" + file + "/attachments",
                Map.of("_csrf", "api"), "file", "诊断证明.pdf", pdf, "application/pdf");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long attachment = uploaded.json().get("id").asLong();

        TestHttp mediator = TestHttp.api(port, username);
        assertThat(mediator.get("/api/v1/hardship-files").body()).doesNotContain("\"id\":" + file + ",");
        assertThat(mediator.get("/api/v1/hardship-files?query=never-assisted").body()).doesNotContain("\"id\":" + file + ",");
        assertThat(mediator.get("/api/v1/hardship-files/" + file).status()).isEqualTo(404);
        assertThat(mediator.get("/api/v1/hardship-files/" + file + "/attachments/" + attachment).status()).isEqualTo(404);
        TestHttp pages = TestHttp.signedIn(port, username);
        assertThat(pages.get("/hardship/files/" + file).status()).isEqualTo(404);
        assertThat(pages.get("/hardship/files/" + file + "/attachments/" + attachment).status()).isEqualTo(404);
        // the handler still sees it
        assertThat(cadre.get("/api/v1/hardship-files/" + file).status()).isEqualTo(200);
    }
}
