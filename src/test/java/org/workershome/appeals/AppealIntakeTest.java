package org.workershome.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.crypto.FieldEncryptor;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/**
 * API submissions are group-committed by {@link AppealIntake} with JDBC batches; web-form submissions take
 * the JPA path. Both must store the same thing: the row, its timeline, its audit entries and notifications.
 */
@IntegrationTest
class AppealIntakeTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired FieldEncryptor encryptor;
    @Autowired AppealManagement management;

    private static Map<String, Object> body(String title) {
        return AppealApiTest.appeal(title, false);
    }

    /** What an appeal left in the database, without what differs by nature (ids, times, number, title, channel). */
    private Map<String, Object> stored(String trackingNo) {
        Map<String, Object> row = new HashMap<>(jdbc.queryForMap("""
                select id, org_id, member_id, submitted_by_account_id, category, anonymous, confidential, contact_phone,
                       contact_phone_hash, contact_name, status, rating, reopened, escalation_level, escalated_to_org_id,
                       replied_at, closed_at, warned, version,
                       case when due_at > submitted_at and warn_at > submitted_at and warn_at < due_at then 1 else 0 end as timers_set
                from appeal where tracking_no = ?""", trackingNo));
        Object id = row.remove("id");
        row.put("contact_phone", encryptor.decrypt((String) row.get("contact_phone")));
        row.put("timeline", jdbc.queryForList("""
                select action, from_state, to_state, actor_account_id, actor_name, note from workflow_transition
                where target_type = 'Appeal' and target_id = ? order by id""", id));
        row.put("audit", jdbc.queryForList("""
                select action, account_id, username, ip, target_type, org_id, detail from audit_log
                where target_type = 'Appeal' and target_id = ? order by action""", String.valueOf(id)));
        row.put("notified", jdbc.queryForList("""
                select a.username, n.body, n.link, n.read_at, n.subject_text, n.body_text from notification n
                join account a on a.id = n.account_id
                where n.link = ? order by a.username""", "/appeals/" + trackingNo).stream()
                .map(n -> n.get("username") + "|" + n.get("read_at") + "|"
                        + (String.valueOf(n.get("body")) + "|" + n.get("subject_text") + "|" + n.get("body_text"))
                                .replace(trackingNo, "N")).toList());
        return row;
    }

    @Test
    void anAppealFromTheApiIsStoredExactlyLikeOneFromTheWebForm() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        TestHttp.Response api = TestHttp.api(port, "worker.forest").sendJson("POST", "/api/v1/appeals",
                body("同一诉求-" + suffix), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(api.status()).as(api.body()).isEqualTo(201);
        String fromApi = api.json().get("trackingNo").asString();

        TestHttp.Response form = TestHttp.signedIn(port, "worker.forest").postForm("/appeals", Map.of("category", "WAGES",
                "title", "同一诉求-" + suffix, "content", "三个月工资没有发放，请工会帮助协调。",
                "requestToken", UUID.randomUUID().toString()));
        assertThat(form.status()).isEqualTo(302);
        String fromForm = form.header("Location").replaceAll(".*/appeals/(SQ[0-9-]+).*", "$1");

        Map<String, Object> a = stored(fromApi);
        Map<String, Object> b = stored(fromForm);
        assertThat(a).isEqualTo(b);
        assertThat(a.get("timers_set")).isEqualTo(1);
        assertThat((List<?>) a.get("audit")).hasSize(2).allSatisfy(e -> assertThat(e.toString()).contains("worker.forest"));
        assertThat((List<?>) a.get("notified")).anySatisfy(n -> assertThat(n.toString()).startsWith("cadre.forest|null|"))
                .anySatisfy(n -> assertThat(n.toString()).startsWith("worker.forest|null|"))
                .allSatisfy(n -> assertThat(n.toString()).as("message keys, rendered in the reader's language")
                        .contains("\"key\":\"appeal.notify."));
        String phone = (String) a.get("contact_phone");
        assertThat(phone).as("the member's own phone, for tracking without an account").isNotBlank();
        assertThat(management.track(fromApi, phone)).isPresent();

        // and what was written without JPA is handled with it
        TestHttp cadre = TestHttp.api(port, "cadre.forest");
        assertThat(AppealApiTest.act(cadre, fromApi, "ACCEPT").json().get("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void manyWorkersSubmittingAtOnceEachGetOneAppealAndRetriesTheirOwn() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> workers = List.of("worker.forest", "rep.forest", "worker.station");
        Map<String, TestHttp> clients = workers.stream().collect(Collectors.toMap(w -> w, w -> TestHttp.api(port, w)));
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String worker = workers.get(i % workers.size());
            String key = run + "-" + i;
            Callable<String> attempt = () -> {
                go.await();
                TestHttp.Response r = clients.get(worker).sendJson("POST", "/api/v1/appeals", body("并发-" + key),
                        Map.of("Idempotency-Key", key));
                assertThat(r.status()).as(r.body()).isIn(200, 201);
                return key + "=" + r.json().get("trackingNo").asString();
            };
            attempts.add(attempt);
            if (i % 3 == 0) {
                attempts.add(attempt); // a client retrying at once
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        Set<String> answers;
        try {
            List<Future<String>> results = attempts.stream().map(pool::submit).toList();
            go.countDown();
            answers = new java.util.HashSet<>();
            for (Future<String> r : results) {
                answers.add(r.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(answers).as("one tracking number per key, also for the retries").hasSize(30);
        assertThat(TestHttp.signedIn(port, "admin").get("/actuator/prometheus").body())
                .as("operators see how many submissions share a commit")
                .containsPattern("workers_home_group_commit_batch_items_count\\{[^}]*name=\"appeal-intake\"[^}]*\\} [1-9]");
        assertThat(jdbc.queryForObject("select count(*) from appeal where title like ?", Long.class, "并发-" + run + "-%"))
                .isEqualTo(30);
        assertThat(jdbc.queryForObject("""
                select count(*) from workflow_transition t join appeal a on a.id = t.target_id and t.target_type = 'Appeal'
                where a.title like ?""", Long.class, "并发-" + run + "-%")).isEqualTo(30);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log l join appeal a on l.target_type = 'Appeal' and l.target_id = cast(a.id as varchar(40))
                where a.title like ?""", Long.class, "并发-" + run + "-%")).isEqualTo(60);
    }
}
