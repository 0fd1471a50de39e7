package org.workershome.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.hardship.HardshipFixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.time.Times;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

import tools.jackson.databind.JsonNode;

/** Funds per org and year: never below zero, allocations down the tree, and a reconciliation that adds up. */
@IntegrationTest
class HardshipFundsTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    private static int year() {
        return LocalDate.now(Times.ZONE).getYear();
    }

    private static TestHttp.Response pay(TestHttp who, long fileId, long fundId, String amount) {
        return who.postJson("/api/v1/hardship-files/" + fileId + "/aid",
                Map.of("type", "CASH", "amount", amount, "fundId", fundId, "description", "医疗救助金"));
    }

    @Test
    void concurrentPaymentsNeverTakeAFundBelowZero() throws Exception {
        TestHttp admin = TestHttp.api(port, "admin");
        TestHttp province = TestHttp.api(port, "cadre.province");
        long city = newOrg(admin, orgId(jdbc, HEILONGJIANG), "CITY", "230700");
        long grassroots = newOrg(admin, city, "GRASSROOTS", "230718");
        long fileA = approvedFile(province, "cadre.province", port, clock, newMember(admin, grassroots, "230718"), "230718");
        long fileB = approvedFile(province, "cadre.province", port, clock, newMember(admin, grassroots, "230718"), "230718");
        long fundId = HardshipFixtures.fund(province, grassroots, "1000.00").get("id").asLong();

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                long file = i % 2 == 0 ? fileA : fileB;
                Callable<Integer> payment = () -> {
                    go.await();
                    return pay(province, file, fundId, "150.00").status();
                };
                results.add(pool.submit(payment));
            }
            go.countDown();
            int paid = 0;
            int refused = 0;
            for (Future<Integer> r : results) {
                int status = r.get();
                if (status == 201) {
                    paid++;
                } else if (status == 409) {
                    refused++;
                }
            }
            assertThat(paid).as("1000 covers six payments of 150").isEqualTo(6);
            assertThat(refused).isEqualTo(4);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select balance from hardship_fund where id = ?", BigDecimal.class, fundId))
                .isEqualByComparingTo("100.00");
        assertThat(jdbc.queryForObject("select sum(amount) from hardship_aid where fund_id = ?", BigDecimal.class, fundId))
                .isEqualByComparingTo("900.00");
        TestHttp.Response tooMuch = pay(province, fileA, fundId, "100.01");
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().get("detail").asString()).contains("¥100.00");
        assertThat(pay(province, fileA, fundId, "100.00").status()).isEqualTo(201);
        assertThat(province.get("/api/v1/hardship-funds/" + fundId).json().get("balanceText").asString()).isEqualTo("¥0.00");
    }

    @Test
    void reconciliationTracesEveryYuanFromFundThroughAllocationsToHouseholds() {
        TestHttp admin = TestHttp.api(port, "admin");
        TestHttp province = TestHttp.api(port, "cadre.province");
        long city = newOrg(admin, orgId(jdbc, HEILONGJIANG), "CITY", "230700");
        long a = newOrg(admin, city, "GRASSROOTS", "230718");
        long b = newOrg(admin, city, "GRASSROOTS", "230718");
        long file1 = approvedFile(province, "cadre.province", port, clock, newMember(admin, a, "230718"), "230718");
        long file2 = approvedFile(province, "cadre.province", port, clock, newMember(admin, a, "230718"), "230718");
        long file3 = approvedFile(province, "cadre.province", port, clock, newMember(admin, b, "230718"), "230718");
        long cityFund = HardshipFixtures.fund(province, city, "10000.00").get("id").asLong();

        TestHttp.Response toA = province.postJson("/api/v1/hardship-funds/" + cityFund + "/allocations",
                Map.of("toOrgId", a, "amount", "3000.00", "note", "下拨金秋助学资金"));
        assertThat(toA.status()).as(toA.body()).isEqualTo(201);
        long fundA = toA.json().get("id").asLong();
        long fundB = province.postJson("/api/v1/hardship-funds/" + cityFund + "/allocations",
                Map.of("toOrgId", b, "amount", "2000.00")).json().get("id").asLong();
        assertThat(province.postJson("/api/v1/hardship-funds/" + fundA + "/allocations",
                Map.of("toOrgId", city, "amount", "1.00")).status()).as("only downwards").isEqualTo(400);
        assertThat(province.postJson("/api/v1/hardship-funds/" + cityFund + "/allocations",
                Map.of("toOrgId", a, "amount", "999999.00")).status()).isEqualTo(409);

        assertThat(pay(province, file1, fundA, "1200.00").status()).isEqualTo(201);
        assertThat(pay(province, file1, fundA, "300.00").status()).isEqualTo(201);
        assertThat(pay(province, file2, fundA, "500.00").status()).isEqualTo(201);
        assertThat(pay(province, file3, cityFund, "800.00").status()).as("from the city's own fund").isEqualTo(201);
        assertThat(pay(province, file3, fundA, "1.00").status()).as("A's fund does not pay B's households")
                .isEqualTo(400);

        JsonNode r = province.get("/api/v1/hardship-funds/" + cityFund + "/reconciliation").json();
        assertThat(r.get("balanced").asBoolean()).isTrue();
        assertThat(r.get("budget").decimalValue()).isEqualByComparingTo("10000.00");
        assertThat(r.get("allocatedOut").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(r.get("aidPaid").decimalValue()).isEqualByComparingTo("800.00");
        assertThat(r.get("balance").decimalValue()).isEqualByComparingTo("4200.00");
        assertThat(r.get("children")).hasSize(2);
        JsonNode childA = r.get("children").get(0).get("fundId").asLong() == fundA ? r.get("children").get(0) : r.get("children").get(1);
        assertThat(childA.get("allocatedIn").decimalValue()).isEqualByComparingTo("3000.00");
        assertThat(childA.get("aidPaid").decimalValue()).isEqualByComparingTo("2000.00");
        assertThat(childA.get("balance").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(childA.get("households")).hasSize(2);
        assertThat(childA.get("households").toString()).doesNotContain(memberName(file1));

        BigDecimal households = BigDecimal.ZERO;
        BigDecimal balances = r.get("balance").decimalValue();
        BigDecimal allocatedIn = BigDecimal.ZERO;
        for (JsonNode h : r.get("households")) {
            households = households.add(h.get("amount").decimalValue());
        }
        for (JsonNode child : r.get("children")) {
            assertThat(child.get("balanced").asBoolean()).isTrue();
            balances = balances.add(child.get("balance").decimalValue());
            allocatedIn = allocatedIn.add(child.get("allocatedIn").decimalValue());
            for (JsonNode h : child.get("households")) {
                households = households.add(h.get("amount").decimalValue());
            }
        }
        assertThat(allocatedIn).as("what the children received is what was sent").isEqualByComparingTo(r.get("allocatedOut").decimalValue());
        assertThat(households.add(balances)).as("every yuan is with a household or still in a fund")
                .isEqualByComparingTo("10000.00");
        assertThat(households).isEqualByComparingTo("2800.00");

        TestHttp station = TestHttp.api(port, "cadre.station");
        assertThat(station.get("/api/v1/hardship-funds/" + cityFund).status()).isEqualTo(404);
        assertThat(station.get("/api/v1/hardship-funds/" + cityFund + "/reconciliation").status()).isEqualTo(404);
        assertThat(pay(station, file1, fundA, "1.00").status()).isEqualTo(404);

        JsonNode perYear = province.get("/api/v1/hardship-stats/aid-per-year").json();
        boolean found = false;
        for (JsonNode row : perYear) {
            if (row.get("orgId").asLong() == a && row.get("year").asInt() == year()) {
                assertThat(row.get("amount").decimalValue()).isEqualByComparingTo("2000.00");
                assertThat(row.get("households").asLong()).isEqualTo(2);
                found = true;
            }
        }
        assertThat(found).as("aid per year per org lists org A").isTrue();
    }

    private String memberName(long fileId) {
        return jdbc.queryForObject("select m.name from member m join hardship_file f on f.member_id = m.id where f.id = ?",
                String.class, fileId);
    }

    @Test
    void projectsAreAppliedForBelowApprovedAboveAndListTheirBeneficiaries() {
        TestHttp admin = TestHttp.api(port, "admin");
        TestHttp forest = TestHttp.api(port, "cadre.forest");
        TestHttp province = TestHttp.api(port, "cadre.province");
        long file = approvedFile(forest, "cadre.province", port, clock, newMember(admin, orgId(jdbc, FOREST), "230718"), "230718");
        JsonNode project = forest.postJson("/api/v1/hardship-projects", Map.of("name", "林下经济种植技能培训",
                "kind", "EMPLOYMENT", "description", "木耳、蓝莓种植", "budget", "20000")).json();
        long id = project.get("id").asLong();
        assertThat(project.get("status").asString()).isEqualTo("APPLIED");
        assertThat(forest.postJson("/api/v1/hardship-files/" + file + "/aid", Map.of("type", "EMPLOYMENT",
                "description", "参加培训", "projectId", id)).status()).as("not approved yet").isEqualTo(409);
        assertThat(forest.postJson("/api/v1/hardship-projects/" + id + "/actions", Map.of("action", "APPROVE")).status())
                .as("its own org does not approve").isEqualTo(403);
        assertThat(province.postJson("/api/v1/hardship-projects/" + id + "/actions", Map.of("action", "APPROVE"))
                .json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(forest.postJson("/api/v1/hardship-files/" + file + "/aid", Map.of("type", "EMPLOYMENT",
                "description", "参加木耳种植培训", "projectId", id)).status()).isEqualTo(201);
        JsonNode withBeneficiaries = forest.get("/api/v1/hardship-projects/" + id).json();
        assertThat(withBeneficiaries.get("beneficiaries")).hasSize(1);
        assertThat(withBeneficiaries.get("beneficiaries").get(0).get("fileId").asLong()).isEqualTo(file);
        assertThat(TestHttp.api(port, "cadre.station").get("/api/v1/hardship-projects/" + id).status()).isEqualTo(404);
    }

    @Test
    void cadresFindFilesNeverAssistedAndFilesNotReviewedForAYear() {
        TestHttp admin = TestHttp.api(port, "admin");
        TestHttp forest = TestHttp.api(port, "cadre.forest");
        TestHttp province = TestHttp.api(port, "cadre.province");
        long helped = approvedFile(forest, "cadre.province", port, clock, newMember(admin, orgId(jdbc, FOREST), "230718"), "230718");
        long forgotten = approvedFile(forest, "cadre.province", port, clock, newMember(admin, orgId(jdbc, FOREST), "230718"), "230718");
        assertThat(forest.postJson("/api/v1/hardship-files/" + helped + "/aid",
                Map.of("type", "INFORMATION", "description", "推荐林场护林员岗位")).status()).isEqualTo(201);
        String never = forest.get("/api/v1/hardship-files?query=never-assisted").body();
        assertThat(never).contains("\"id\":" + forgotten + ",").doesNotContain("\"id\":" + helped + ",");
        assertThat(forest.get("/api/v1/hardship-files?query=review-due").body()).doesNotContain("\"id\":" + forgotten + ",");
        try {
            clock.advance(java.time.Duration.ofDays(380));
            TestHttp later = TestHttp.api(port, "cadre.forest");
            String due = later.get("/api/v1/hardship-files?query=review-due").body();
            assertThat(due).contains("\"id\":" + forgotten + ",").contains("\"id\":" + helped + ",");
            assertThat(act(later, helped, "REVIEW").status()).isEqualTo(200);
            assertThat(act(later, helped, "CONFIRM", "note", "复核走访，仍困难").status()).isEqualTo(200);
            assertThat(later.get("/api/v1/hardship-files?query=review-due").body())
                    .doesNotContain("\"id\":" + helped + ",");
        } finally {
            clock.reset();
        }
    }

    @Test
    void pairingPutsACadreWithAFileAndKeepsAVisitLog() {
        TestHttp admin = TestHttp.api(port, "admin");
        TestHttp forest = TestHttp.api(port, "cadre.forest");
        TestHttp province = TestHttp.api(port, "cadre.province");
        long file = approvedFile(forest, "cadre.province", port, clock, newMember(admin, orgId(jdbc, FOREST), "230718"), "230718");
        long provinceCadre = jdbc.queryForObject("select id from account where username = 'cadre.province'", Long.class);
        long stationCadre = jdbc.queryForObject("select id from account where username = 'cadre.station'", Long.class);
        String told = "select count(*) from notification where account_id = ? and link like ?";
        long toldBefore = jdbc.queryForObject(told, Long.class, provinceCadre, "%/hardship/files/" + file + "%");
        assertThat(forest.postJson("/api/v1/hardship-files/" + file + "/pairings", Map.of("cadreAccountId", stationCadre))
                .status()).as("a cadre of another province").isEqualTo(400);
        TestHttp.Response paired = forest.postJson("/api/v1/hardship-files/" + file + "/pairings",
                Map.of("cadreAccountId", provinceCadre));
        assertThat(paired.status()).as(paired.body()).isEqualTo(201);
        assertThat(province.postJson("/api/v1/hardship-files/" + file + "/visits",
                Map.of("kind", "PAIRING", "note", "春节前走访，送去米面油")).status()).isEqualTo(201);
        JsonNode view = forest.get("/api/v1/hardship-files/" + file).json();
        assertThat(view.get("pairings").get(0).get("cadre").asString()).isEqualTo("黑龙江省工会干部");
        assertThat(view.get("visits").toString()).contains("春节前走访");
        // the inbox is shared with every other test: count this file's notices, not the first page
        assertThat(jdbc.queryForObject(told, Long.class, provinceCadre, "%/hardship/files/" + file + "%"))
                .as("the paired cadre is told").isEqualTo(toldBefore + 1);
    }
}
