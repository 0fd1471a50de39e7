package org.workershome.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.scope.Scopes;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

/**
 * Follow-up of an agreement's performance: the first visit due in working days, a reminder once it is overdue (the
 * clock moved), a partly performed visit scheduling the next, one not performed letting the case go to arbitration;
 * bad input shown with nothing written; another province's cadre finds nothing.
 */
@IntegrationTest
class AgreementFollowUpTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired AgreementFollowUpJob job;
    @Autowired TestClock clock;

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private long reminded(String username, long disputeId) {
        return count("select count(*) from notification n join account a on a.id = n.account_id where a.username = ?"
                + " and n.link = ?", username, "/relations/disputes/" + disputeId + "#follow-ups");
    }

    /** A walk-in dispute of the forest farm, mediated to an agreement by the demo mediator; its id. */
    private long agreed(TestHttp cadre) {
        long forest = RelationsFixtures.orgId(jdbc, "伊春红星林场工会");
        cadre.get("/relations/disputes/new");
        Map<String, String> fields = new HashMap<>(Map.of("orgId", String.valueOf(forest), "workerParty",
                "孙" + UUID.randomUUID().toString().substring(0, 4), "employerParty", "伊春红星林场", "cause", "WAGES",
                "source", "WALK_IN", "claims", "支付防火期加班费。", "requestToken", UUID.randomUUID().toString()));
        TestHttp.Response created = cadre.postForm("/relations/disputes", fields);
        long id = Long.parseLong(created.header("Location").replaceAll(".*/", ""));
        cadre.get("/relations/disputes/" + id);
        cadre.postForm("/relations/disputes/" + id + "/mediator", Map.of("mediatorAccountId",
                String.valueOf(count("select id from account where username = 'mediator'"))));
        TestHttp mediator = TestHttp.signedIn(port, "mediator");
        mediator.get("/relations/disputes/" + id);
        assertThat(mediator.postForm("/relations/disputes/" + id + "/outcome", Map.of("action", "AGREE",
                "outcome", "林场于月底前支付加班费2,000元。", "agreedAmount", "2000")).status()).isEqualTo(302);
        return id;
    }

    @Test
    void anOverdueVisitIsRemindedOnceAndAVisitFindingItNotPerformedLetsTheCaseGoToArbitration() {
        TestHttp cadre = TestHttp.signedIn(port, "cadre.forest");
        long id = agreed(cadre);
        Map<String, Object> first = jdbc.queryForMap("select * from relations_follow_up where dispute_id = ?", id);
        assertThat(first.get("status")).isEqualTo("DUE");
        LocalDate due = ((java.sql.Date) first.get("due_on")).toLocalDate();
        assertThat(due).as("ten working days on").isAfter(LocalDate.now(clock.withZone(org.workershome.core.time.Times.ZONE)).plusDays(9));
        try {
            Scopes.asSystem(job::checkAll);
            assertThat(reminded("cadre.forest", id)).as("not yet due").isZero();
            clock.advance(Duration.ofDays(30));
            Scopes.asSystem(job::checkAll);
            Scopes.asSystem(job::checkAll);
            assertThat(reminded("cadre.forest", id)).as("the unit's case handler, once").isEqualTo(1);
            assertThat(reminded("mediator", id)).as("the mediator").isEqualTo(1);
            assertThat(reminded("cadre.qinghai", id)).isZero();
            assertThat(cadre.get("/relations/disputes/" + id).body()).contains("已超期");
        } finally {
            clock.reset();
        }

        long followUp = ((Number) first.get("id")).longValue();
        String path = "/relations/disputes/" + id + "/follow-ups/" + followUp;
        assertThat(TestHttp.signedIn(port, "cadre.qinghai").postForm(path, Map.of("result", "PERFORMED",
                "visitedOn", LocalDate.now().toString())).status()).isEqualTo(404);
        cadre.get("/relations/disputes/" + id);
        TestHttp.Response noNote = cadre.postForm(path, Map.of("result", "PARTLY", "visitedOn",
                LocalDate.now(clock.withZone(org.workershome.core.time.Times.ZONE)).toString(), "note", " "));
        assertThat(noNote.status()).isEqualTo(200);
        assertThat(noNote.body()).contains("部分履行或未履行时请填写回访情况");
        assertThat(count("select count(*) from relations_follow_up where dispute_id = ? and status = 'DONE'", id)).isZero();

        String today = LocalDate.now(clock.withZone(org.workershome.core.time.Times.ZONE)).toString();
        assertThat(cadre.postForm(path, Map.of("result", "PARTLY", "visitedOn", today, "note", "已付1,000元。"))
                .status()).isEqualTo(302);
        assertThat(count("select count(*) from relations_follow_up where dispute_id = ? and status = 'DUE'", id))
                .as("the next visit").isEqualTo(1);
        assertThat(cadre.get("/relations/disputes/" + id).body()).as("no referral while partly performed")
                .doesNotContain("id=\"referral-form\"");
        long next = count("select id from relations_follow_up where dispute_id = ? and status = 'DUE'", id);
        cadre.get("/relations/disputes/" + id);
        assertThat(cadre.postForm("/relations/disputes/" + id + "/follow-ups/" + next, Map.of("result", "NOT_PERFORMED",
                "visitedOn", today, "note", "余款1,000元逾期未付。")).status()).isEqualTo(302);
        String page = cadre.get("/relations/disputes/" + id).body();
        assertThat(page).contains("id=\"referral-form\"").contains("回访：协议未履行。余款1,000元逾期未付。");
        assertThat(cadre.postForm("/relations/disputes/" + id + "/referral", Map.of("note", "已告知职工申请仲裁。"))
                .status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from relations_dispute where id = ?", String.class, id))
                .isEqualTo("REFERRED");
        assertThat(cadre.get("/relations/disputes/" + id).body()).contains("调解不成，已引导申请仲裁")
                .contains("agreement.pdf");
    }

    @Test
    void followUpRulesAVisitIsRecordedOnceAndOnlyAnAgreementNotPerformedIsReferred() {
        Instant now = Instant.parse("2026-12-02T02:00:00Z");
        LocalDate today = LocalDate.parse("2026-12-02");
        Dispute dispute = new Dispute(new Dispute.Draft(1L, "张三", "某林场", Dispute.Cause.WAGES, null, "欠薪", null),
                now, now.plusSeconds(86400 * 15));
        dispute.assign(9L, "调解员");
        assertThatThrownBy(() -> dispute.agree("支付", new java.math.BigDecimal("1.234"), "TJAAAAAAAAAA", now))
                .isInstanceOf(InvalidInput.class);
        dispute.agree("林场支付1000元", new java.math.BigDecimal("1000"), "TJAAAAAAAAAA", now);
        assertThat(dispute.isAgreed()).isTrue();
        assertThat(dispute.mayBeReferred()).isFalse();
        assertThatThrownBy(() -> dispute.referAfterAgreement(null)).isInstanceOf(Conflict.class);

        AgreementFollowUp visit = new AgreementFollowUp(dispute, today.plusDays(14), now);
        assertThat(visit.isOverdueOn(today.plusDays(14))).isFalse();
        assertThat(visit.isOverdueOn(today.plusDays(15))).isTrue();
        assertThatThrownBy(() -> visit.record(Dispute.Performance.PERFORMED, today.plusDays(1), null, "x", today))
                .as("a visit in the future").isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("visitedOn"));
        visit.record(Dispute.Performance.NOT_PERFORMED, today, "未付", "x", today);
        assertThat(visit.isOverdueOn(today.plusDays(30))).as("done").isFalse();
        assertThatThrownBy(() -> visit.record(Dispute.Performance.PERFORMED, today, null, "x", today))
                .isInstanceOf(Conflict.class);
        dispute.performed(Dispute.Performance.NOT_PERFORMED);
        assertThat(dispute.mayBeReferred()).isTrue();
        dispute.referAfterAgreement("申请仲裁");
        assertThat(dispute.getStatus()).isEqualTo(Dispute.Status.REFERRED);
        assertThat(dispute.getClosedAt()).as("the agreement's date stays").isEqualTo(now);
    }
}
