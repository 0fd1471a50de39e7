package org.workershome.congress;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.workershome.congress.ballot.Ballot;
import org.workershome.congress.ballot.BallotKind;
import org.workershome.congress.ballot.BallotManagement;
import org.workershome.support.IntegrationTest;
import org.workershome.support.PublishedEvents;
import org.workershome.support.TestHttp;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class BallotApiTest {

    @LocalServerPort int port;
    @Autowired CongressFixture fixture;
    @Autowired PublishedEvents published;

    private static List<Integer> race(TestHttp client, String path, Object body, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit((Callable<Integer>) () -> {
                    start.await();
                    return client.postJson(path, body).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void repForestSeesTheDemoBallotAndFortyRacingVotesCountOnce() throws Exception {
        TestHttp rep = TestHttp.api(port, "rep.forest");
        JsonNode open = rep.get("/api/v1/ballots?status=OPEN").json();
        JsonNode demo = null;
        for (JsonNode b : open) {
            if (b.get("title").asString().equals(CongressDemoData.CONTRACT_BALLOT)) {
                demo = b;
            }
        }
        assertThat(demo).as(open.toString()).isNotNull();
        assertThat(demo.get("secret").asBoolean()).isTrue();
        long id = demo.get("id").asLong();
        // the demo session sits with two thirds signed in, rep.forest among them
        Ballot ballot = org.workershome.core.scope.Scopes.asSystem(() -> fixture.ballots.get(id));
        var quorum = org.workershome.core.scope.Scopes.asSystem(
                () -> fixture.sessions.quorum(fixture.sessions.session(ballot.getSessionId())));
        assertThat(quorum.reached()).isTrue();
        assertThat(quorum.present() * 3).isGreaterThanOrEqualTo(quorum.eligible() * 2);
        assertThat(fixture.present(ballot.getSessionId(), fixture.memberOf("rep.forest"))).isTrue();
        assertThat(TestHttp.signedIn(port, "rep.forest").get("/me").body()).contains(CongressDemoData.CONTRACT_BALLOT);

        List<Integer> statuses = race(rep, "/api/v1/ballots/" + id + "/votes", Map.of("choice", "FOR"), 40);

        assertThat(statuses).as(statuses.toString()).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(39);
        assertThat(org.workershome.core.scope.Scopes.asSystem(() -> fixture.voting.turnoutSoFar(id))).isGreaterThanOrEqualTo(1);
        assertThat(rep.postJson("/api/v1/ballots/" + id + "/votes", Map.of("choice", "AGAINST")).status()).isEqualTo(409);
        assertThat(TestHttp.signedIn(port, "rep.forest").get("/me").body()).doesNotContain(CongressDemoData.CONTRACT_BALLOT);
    }

    @Test
    void workersWhoAreNotRepresentativesAreRefused() {
        var sitting = fixture.quorateSitting();
        Ballot ballot = fixture.openBallot(sitting, true);
        String path = "/api/v1/ballots/" + ballot.getId() + "/votes";
        assertThat(TestHttp.api(port, "worker.station").postJson(path, Map.of("choice", "FOR")).status())
                .as("a worker of another unit does not see the forest farm's ballot").isEqualTo(404);
        assertThat(TestHttp.api(port, "worker.forest").postJson(path, Map.of("choice", "FOR")).status()).isEqualTo(403);
        assertThat(TestHttp.api(port, "cadre.forest").postJson(path, Map.of("choice", "FOR")).status()).isEqualTo(403);
        assertThat(TestHttp.api(port, "worker.station").get("/api/v1/ballots?status=OPEN").json().toString())
                .doesNotContain(ballot.getTitle());
    }

    @Test
    void aRepresentativeNotSignedInCannotVote() {
        var sitting = fixture.sitting(0);
        var ballot = fixture.as("cadre.forest", () -> fixture.ballots.create(fixture.user("cadre.forest"),
                sitting.session().getId(), new BallotManagement.BallotDraft("未签到", null, BallotKind.MOTION, true, 1,
                        null, null, null, null)));
        TestHttp rep = TestHttp.api(port, "rep.forest");
        assertThat(rep.postJson("/api/v1/ballots/" + ballot.getId() + "/votes", Map.of("choice", "FOR")).status())
                .isEqualTo(403);
    }

    @Test
    void aBallotThatIsNotOpenAnswers409() {
        var sitting = fixture.quorateSitting();
        var ballot = fixture.as("cadre.forest", () -> fixture.ballots.create(fixture.user("cadre.forest"),
                sitting.session().getId(), new BallotManagement.BallotDraft("未开始", null, BallotKind.MOTION, true, 1,
                        null, null, null, null)));
        TestHttp rep = TestHttp.api(port, "rep.forest");
        assertThat(rep.postJson("/api/v1/ballots/" + ballot.getId() + "/votes", Map.of("choice", "FOR")).status())
                .isEqualTo(409);
    }

    @Test
    void closingGivesTheTallyTurnoutAndQuorumAndTheResultNeverChanges() {
        var sitting = fixture.quorateSitting();
        Ballot ballot = fixture.openBallot(sitting, true);
        TestHttp rep = TestHttp.api(port, "rep.forest");
        assertThat(rep.postJson("/api/v1/ballots/" + ballot.getId() + "/votes", Map.of("choice", "FOR")).status())
                .isEqualTo(201);
        // the result is not shown while voting runs
        assertThat(rep.get("/api/v1/ballots/" + ballot.getId() + "/result").status()).isEqualTo(409);
        assertThat(rep.postJson("/api/v1/ballots/" + ballot.getId() + "/close", Map.of()).status()).isEqualTo(403);

        TestHttp chair = TestHttp.api(port, "cadre.forest");
        TestHttp.Response closed = chair.postJson("/api/v1/ballots/" + ballot.getId() + "/close", Map.of());
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        JsonNode result = closed.json();
        assertThat(result.get("quorum").asBoolean()).isTrue();
        assertThat(result.get("cast").asInt()).isEqualTo(1);
        assertThat(result.get("counts").get("FOR").asInt()).isEqualTo(1);
        assertThat(result.get("counts").get("AGAINST").asInt()).isZero();
        assertThat(result.get("eligible").asInt()).isEqualTo(sitting.roster().size());
        assertThat(result.get("passed").asBoolean()).as("1 FOR of %d is no majority of all", sitting.roster().size()).isFalse();
        assertThat(result.get("resolutionId").isNull()).isFalse();
        assertThat(published.of(BallotClosed.class)).as("told for the dashboards")
                .anySatisfy(e -> {
                    assertThat(e.ballotId()).isEqualTo(ballot.getId());
                    assertThat(e.cast()).isEqualTo(1);
                    assertThat(e.eligible()).isEqualTo(sitting.roster().size());
                    assertThat(e.passed()).isFalse();
                });

        assertThat(chair.postJson("/api/v1/ballots/" + ballot.getId() + "/close", Map.of()).status()).isEqualTo(409);
        assertThat(rep.postJson("/api/v1/ballots/" + ballot.getId() + "/votes", Map.of("choice", "FOR")).status())
                .isEqualTo(409);
        assertThat(rep.get("/api/v1/ballots/" + ballot.getId() + "/result").json().get("counts").get("FOR").asInt())
                .isEqualTo(1);

        // the resolution is published to the unit's workers, with implementation reports added later
        long resolution = result.get("resolutionId").asLong();
        TestHttp chairPages = TestHttp.signedIn(port, "cadre.forest");
        assertThat(chairPages.postForm("/congress/resolutions/" + resolution + "/reports",
                Map.of("text", "集体合同已报人社部门审查备案。")).status()).isEqualTo(302);
        String page = TestHttp.signedIn(port, "worker.forest").get("/congress/resolutions/" + resolution).body();
        assertThat(page).contains(ballot.getTitle(), "未获通过", "集体合同已报人社部门审查备案。");
        assertThat(TestHttp.signedIn(port, "worker.station").get("/congress/resolutions/" + resolution).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "worker.forest").postForm("/congress/resolutions/" + resolution + "/reports",
                Map.of("text", "冒充")).status()).isEqualTo(403);
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/congress/resolutions/" + resolution).body())
                .doesNotContain("冒充");
    }

    @Test
    void individualVotesOfASecretBallotAreNeverServedButThoseOfAnOpenBallotAre() {
        var sitting = fixture.quorateSitting();
        Ballot secret = fixture.openBallot(sitting, true);
        Ballot open = fixture.openBallot(sitting, false);
        TestHttp rep = TestHttp.api(port, "rep.forest");
        rep.postJson("/api/v1/ballots/" + secret.getId() + "/votes", Map.of("choice", "AGAINST"));
        rep.postJson("/api/v1/ballots/" + open.getId() + "/votes", Map.of("choice", "AGAINST"));
        for (String who : List.of("admin", "cadre.forest", "rep.forest")) {
            TestHttp.Response r = TestHttp.api(port, who).get("/api/v1/ballots/" + secret.getId() + "/votes");
            assertThat(r.status()).as(who).isIn(403, 404);
            assertThat(r.body()).doesNotContain("AGAINST");
        }
        JsonNode openVotes = TestHttp.api(port, "cadre.forest").get("/api/v1/ballots/" + open.getId() + "/votes").json();
        assertThat(openVotes.toString()).contains("AGAINST");
    }
}
