package org.workershome.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.workflow.TransitionNotAllowed;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** Registering a dispute, assigning the mediator, sessions and the outcome, through the pages; and the state rules. */
@IntegrationTest
class DisputeMediationTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private long register(TestHttp cadre, Map<String, String> fields) {
        TestHttp.Response created = cadre.postForm("/relations/disputes", fields);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return Long.parseLong(created.header("Location").replaceAll(".*/", ""));
    }

    private Map<String, String> dispute(long orgId, String worker, String amount) {
        Map<String, String> fields = new HashMap<>(Map.of("orgId", String.valueOf(orgId), "workerParty", worker,
                "employerParty", "伊春红星林场", "cause", "WAGES", "source", "WALK_IN", "claims", "支付拖欠的加班费。",
                "requestToken", UUID.randomUUID().toString()));
        fields.put("amount", amount);
        return fields;
    }

    @Test
    void aBadAmountIsShownAndNothingWrittenThenTheMediatorSettlesItByAgreement() {
        long forest = RelationsFixtures.orgId(jdbc, "伊春红星林场工会");
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        cadre.get("/relations/disputes/new");
        String worker = "赵" + UUID.randomUUID().toString().substring(0, 6);
        long before = count("select count(*) from relations_dispute");
        TestHttp.Response bad = cadre.postForm("/relations/disputes", dispute(forest, worker, "一万"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("金额须为不小于0的数字");
        assertThat(count("select count(*) from relations_dispute")).as("nothing written").isEqualTo(before);

        long id = register(cadre, dispute(forest, worker, "3200.50"));
        assertThat(cadre.get("/relations/disputes").body()).as("the worker's name masked in the list")
                .doesNotContain(worker).contains(worker.substring(0, 1) + "*");
        assertThat(cadre.get("/relations/disputes/" + id).body()).contains(worker);
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").get("/relations/disputes/" + id).status()).isEqualTo(404);

        long mediator = count("select id from account where username = 'mediator'");
        cadre.get("/relations/disputes/" + id);
        assertThat(cadre.postForm("/relations/disputes/" + id + "/mediator",
                Map.of("mediatorAccountId", String.valueOf(mediator))).status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from relations_dispute where id = ?", String.class, id))
                .isEqualTo("IN_MEDIATION");

        TestHttp mediating = TestHttp.signedIn(port, "mediator");
        mediating.get("/relations/disputes/" + id);
        assertThat(mediating.postForm("/relations/disputes/" + id + "/sessions", Map.of("heldOn", "2026-12-02",
                "place", "林场调解室", "participants", "双方", "minutes", "双方同意分期支付。")).status()).isEqualTo(302);
        TestHttp.Response empty = mediating.postForm("/relations/disputes/" + id + "/outcome",
                Map.of("action", "AGREE", "outcome", ""));
        assertThat(empty.body()).contains("达成调解协议时请填写协议内容");
        assertThat(mediating.postForm("/relations/disputes/" + id + "/outcome", Map.of("action", "AGREE",
                "outcome", "林场于12月15日前支付3200.50元。")).status()).isEqualTo(302);
        String page = mediating.get("/relations/disputes/" + id).body();
        assertThat(page).contains("已达成调解协议").contains("林场于12月15日前支付3200.50元。").contains("双方同意分期支付。");
        assertThat(count("select count(*) from workflow_transition where target_type = 'relations-dispute' and target_id = ?", id))
                .as("register, assign, agree").isEqualTo(3);
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/relations/disputes/" + id).status()).isEqualTo(403);
    }

    @Test
    void mediationFailsIntoArbitrationOnlyFromMediationAndAClosedCaseTakesNoSession() {
        Instant now = Instant.parse("2026-12-02T02:00:00Z");
        Dispute dispute = new Dispute(new Dispute.Draft(1L, "张三", "某林场", Dispute.Cause.CONTRACT, null, "确认劳动关系",
                null), now, now.plusSeconds(86400 * 15));
        assertThat(dispute.getSource()).isEqualTo(Dispute.Source.WALK_IN);
        assertThatThrownBy(() -> dispute.end(Dispute.Action.FAIL, null, now)).isInstanceOf(TransitionNotAllowed.class);
        dispute.assign(9L, "调解员");
        assertThat(dispute.isOverdueAt(now.plusSeconds(86400 * 16))).isTrue();
        dispute.end(Dispute.Action.FAIL, "用人单位拒绝调解", now);
        assertThat(dispute.getStatus()).isEqualTo(Dispute.Status.REFERRED);
        assertThat(dispute.isOverdueAt(now.plusSeconds(86400 * 16))).as("closed").isFalse();
        assertThat(dispute.actions()).isEmpty();
        assertThatThrownBy(() -> new Dispute(new Dispute.Draft(1L, " ", "某林场", null, null, "x",
                new java.math.BigDecimal("-1")), now, now)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKeys("workerParty", "cause", "amount"));
    }
}
