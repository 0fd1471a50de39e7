package org.workershome.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.hardship.HardshipFixtures.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.time.Times;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** The create forms of funds and projects carry a request token: the same form sent twice makes one record. */
@IntegrationTest
class HardshipCreateFormsTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theFundFormResentWithItsTokenOpensOneFund() {
        long org = newOrg(TestHttp.api(port, "admin"), orgId(jdbc, HEILONGJIANG), "CITY", "230700");
        TestHttp page = TestHttp.signedIn(port, "cadre.province");
        assertThat(page.get("/hardship/funds").body()).contains("name=\"requestToken\"");
        Map<String, String> form = Map.of("orgId", String.valueOf(org),
                "year", String.valueOf(LocalDate.now(Times.ZONE).getYear()), "budget", "500.00",
                "requestToken", UUID.randomUUID().toString());
        TestHttp.Response first = page.postForm("/hardship/funds", form);
        TestHttp.Response again = page.postForm("/hardship/funds", form);
        assertThat(first.status()).isEqualTo(302);
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(jdbc.queryForObject("select count(*) from hardship_fund where org_id = ?", Long.class, org)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from hardship_fund_entry e join hardship_fund f on f.id = e.fund_id"
                + " where f.org_id = ?", Long.class, org)).as("the budget booked once").isEqualTo(1);
    }

    @Test
    void theProjectFormResentWithItsTokenAppliesOnce() {
        TestHttp page = TestHttp.signedIn(port, "cadre.station");
        assertThat(page.get("/hardship/projects").body()).contains("name=\"requestToken\"");
        String name = "防寒物资发放" + uniqueName();
        Map<String, String> form = Map.of("name", name, "kind", "MATERIAL", "budget", "800",
                "requestToken", UUID.randomUUID().toString());
        assertThat(page.postForm("/hardship/projects", form).status()).isEqualTo(302);
        assertThat(page.postForm("/hardship/projects", form).status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from hardship_project where name = ?", Long.class, name))
                .isEqualTo(1);
    }
}
