package org.workershome.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.hardship.HardshipFixtures.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

import tools.jackson.databind.JsonNode;

/** 冲正: a wrong aid payment or allocation is reversed with a reason, audited, visible in the reconciliation. */
@IntegrationTest
class HardshipReversalTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    private BigDecimal balance(long fundId) {
        return jdbc.queryForObject("select balance from hardship_fund where id = ?", BigDecimal.class, fundId);
    }

    private static long entryId(TestHttp who, long fundId, String kind, String amount) {
        for (JsonNode e : who.get("/api/v1/hardship-funds/" + fundId).json().get("ledger")) {
            if (kind.equals(e.get("kind").asString()) && e.get("amount").decimalValue().compareTo(new BigDecimal(amount)) == 0) {
                return e.get("id").asLong();
            }
        }
        throw new AssertionError("no " + kind + " " + amount + " in fund " + fundId);
    }

    private static TestHttp.Response reverse(TestHttp who, long fundId, long entryId, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        return who.postJson("/api/v1/hardship-funds/" + fundId + "/entries/" + entryId + "/reversal", body);
    }

    private long audits() {
        return jdbc.queryForObject("select count(*) from audit_log where action = 'HARDSHIP_FUND_REVERSAL'", Long.class);
    }

    @Test
    void aWrongPaymentAndAWrongAllocationAreReversedOnceWithAReasonAndTheReconciliationStillBalances() {
        TestHttp admin = TestHttp.api(port, "admin");
        TestHttp province = TestHttp.api(port, "cadre.province");
        long city = newOrg(admin, orgId(jdbc, HEILONGJIANG), "CITY", "230700");
        long farm = newOrg(admin, city, "GRASSROOTS", "230718");
        long file = approvedFile(province, "cadre.province", port, clock, newMember(admin, farm, "230718"), "230718");
        long cityFund = fund(province, city, "5000.00").get("id").asLong();
        long farmFund = province.postJson("/api/v1/hardship-funds/" + cityFund + "/allocations",
                Map.of("toOrgId", farm, "amount", "2000.00", "note", "下拨")).json().get("id").asLong();
        TestHttp.Response paid = province.postJson("/api/v1/hardship-files/" + file + "/aid",
                Map.of("type", "CASH", "amount", "1500.00", "fundId", farmFund, "description", "医疗救助金（误录，应为 150 元）"));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        long aidId = paid.json().get("id").asLong();
        assertThat(balance(farmFund)).isEqualByComparingTo("500.00");

        // the wrong aid payment
        long aidLine = entryId(province, farmFund, "AID", "-1500.00");
        assertThat(reverse(province, farmFund, aidLine, " ").status()).as("a reason is required").isEqualTo(400);
        assertThat(reverse(TestHttp.api(port, "cadre.station"), farmFund, aidLine, "越权").status())
                .as("out of scope").isEqualTo(404);
        long before = audits();
        TestHttp.Response reversed = reverse(province, farmFund, aidLine, "金额误录，应为 150 元");
        assertThat(reversed.status()).as(reversed.body()).isEqualTo(201);
        assertThat(reversed.json().get(0).get("kind").asString()).isEqualTo("REVERSAL");
        assertThat(reversed.json().get(0).get("amount").decimalValue()).isEqualByComparingTo("1500.00");
        assertThat(reversed.json().get(0).get("reversedEntryId").asLong()).isEqualTo(aidLine);
        assertThat(balance(farmFund)).as("balance restored").isEqualByComparingTo("2000.00");
        assertThat(audits()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select detail from audit_log where action = 'HARDSHIP_FUND_REVERSAL' and target_id = ?",
                String.class, String.valueOf(aidLine))).contains("金额误录").contains("¥1,500.00");
        assertThat(reverse(province, farmFund, aidLine, "再冲一次").status()).as("only once").isEqualTo(409);
        long reversalLine = reversed.json().get(0).get("id").asLong();
        assertThat(reverse(province, farmFund, reversalLine, "冲正的冲正").status()).isEqualTo(409);
        JsonNode aidView = province.get("/api/v1/hardship-files/" + file).json().get("aid").get(0);
        assertThat(aidView.get("reversed").asBoolean()).isTrue();
        assertThat(aidView.get("reversalReason").asString()).contains("金额误录");
        assertThat(province.postJson("/api/v1/hardship-files/" + file + "/aid", Map.of("type", "CASH", "amount", "150.00",
                "fundId", farmFund, "description", "医疗救助金")).status()).isEqualTo(201);

        JsonNode rec = province.get("/api/v1/hardship-funds/" + cityFund + "/reconciliation").json();
        assertThat(rec.get("balanced").asBoolean()).as(rec.toString()).isTrue();
        JsonNode farmRec = rec.get("children").get(0);
        assertThat(farmRec.get("aidPaid").decimalValue()).as("net of the reversal").isEqualByComparingTo("150.00");
        assertThat(farmRec.get("reversals").decimalValue()).isEqualByComparingTo("1500.00");
        assertThat(farmRec.get("households").get(0).get("amount").decimalValue()).isEqualByComparingTo("150.00");

        // the wrong allocation: the money comes back up only while the fund below still has it
        long outLine = entryId(province, cityFund, "ALLOCATION_OUT", "-2000.00");
        TestHttp.Response spent = reverse(province, cityFund, outLine, "拨错单位");
        assertThat(spent.status()).as("1,850 left below, 2,000 cannot come back").isEqualTo(409);
        assertThat(spent.json().get("detail").asString()).contains("¥1,850.00");
        assertThat(balance(farmFund)).isEqualByComparingTo("1850.00");
        assertThat(balance(cityFund)).isEqualByComparingTo("3000.00");
        long second = entryId(province, farmFund, "ALLOCATION_IN", "2000.00");
        assertThat(reverse(province, farmFund, second, "在下级冲正").status()).as("at the sender").isEqualTo(409);
        province.postJson("/api/v1/hardship-funds/" + cityFund + "/allocations",
                Map.of("toOrgId", farm, "amount", "700.00", "note", "重复下拨"));
        long wrongOut = entryId(province, cityFund, "ALLOCATION_OUT", "-700.00");
        TestHttp.Response back = reverse(province, cityFund, wrongOut, "重复下拨，收回");
        assertThat(back.status()).as(back.body()).isEqualTo(201);
        assertThat(back.json()).hasSize(2);
        assertThat(balance(cityFund)).isEqualByComparingTo("3000.00");
        assertThat(balance(farmFund)).isEqualByComparingTo("1850.00");
        JsonNode after = province.get("/api/v1/hardship-funds/" + cityFund + "/reconciliation").json();
        assertThat(after.get("balanced").asBoolean()).as(after.toString()).isTrue();
        assertThat(after.get("allocatedOut").decimalValue()).isEqualByComparingTo("2000.00");
        assertThat(after.get("children").get(0).get("allocatedIn").decimalValue()).isEqualByComparingTo("2000.00");

        TestHttp page = TestHttp.signedIn(port, "cadre.province");
        String body = page.get("/hardship/funds/" + farmFund).body();
        assertThat(body).contains("已冲正").contains("冲正合计").contains("账目平衡").doesNotContain("账目不平衡");
        TestHttp.Response viaPage = page.postForm("/hardship/funds/" + cityFund + "/entries/"
                + entryId(province, cityFund, "BUDGET", "5000.00") + "/reversal", Map.of("reason", ""));
        assertThat(viaPage.status()).isEqualTo(200);
        assertThat(viaPage.body()).contains("请填写冲正原因");
        assertThat(balance(cityFund)).isEqualByComparingTo("3000.00");
        TestHttp.Response budgetTooBig = reverse(province, cityFund, entryId(province, cityFund, "BUDGET", "5000.00"),
                "预算录错");
        assertThat(budgetTooBig.status()).as("a budget line comes out only if the money is still there").isEqualTo(409);
        assertThat(balance(cityFund)).isEqualByComparingTo("3000.00");
    }

    @Test
    void aidWithoutMoneyHasNothingToReverseAndAReversedAidNoLongerCountsAsAid() {
        TestHttp admin = TestHttp.api(port, "admin");
        TestHttp province = TestHttp.api(port, "cadre.province");
        long city = newOrg(admin, orgId(jdbc, HEILONGJIANG), "CITY", "230700");
        long farm = newOrg(admin, city, "GRASSROOTS", "230718");
        long file = approvedFile(province, "cadre.province", port, clock, newMember(admin, farm, "230718"), "230718");
        long fund = fund(province, farm, "800.00").get("id").asLong();
        long info = province.postJson("/api/v1/hardship-files/" + file + "/aid",
                Map.of("type", "INFORMATION", "description", "介绍护林员岗位")).json().get("id").asLong();
        assertThat(province.postJson("/api/v1/hardship-files/" + file + "/aid/" + info + "/reversal",
                Map.of("reason", "无")).status()).isEqualTo(409);
        long cash = province.postJson("/api/v1/hardship-files/" + file + "/aid",
                Map.of("type", "CASH", "amount", "800.00", "fundId", fund, "description", "误发")).json().get("id").asLong();
        assertThat(balance(fund)).isEqualByComparingTo("0.00");
        TestHttp.Response r = province.postJson("/api/v1/hardship-files/" + file + "/aid/" + cash + "/reversal",
                Map.of("reason", "发给了错误的家庭"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(balance(fund)).isEqualByComparingTo("800.00");
        assertThat(jdbc.queryForObject("select count(*) from hardship_fund_entry where reversed_entry_id is not null"
                + " and fund_id = ?", Long.class, fund)).isEqualTo(1);
        assertThat(province.get("/api/v1/hardship-stats/aid-per-year").body()).doesNotContain("\"amount\":800.00,\"orgId\":" + farm);
        JsonNode stats = province.get("/api/v1/hardship-stats/aid-per-year").json();
        for (JsonNode row : stats) {
            if (row.get("orgId").asLong() == farm) {
                assertThat(row.get("amount").decimalValue()).as("reversed aid does not count").isEqualByComparingTo("0");
                assertThat(row.get("aidCount").asLong()).isEqualTo(1);
            }
        }
        assertThat(province.get("/api/v1/hardship-funds/" + fund + "/reconciliation").json().get("balanced").asBoolean())
                .isTrue();
    }
}
