package org.workershome.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.workershome.congress.ballot.Ballot;
import org.workershome.congress.ballot.BallotKind;
import org.workershome.congress.ballot.BallotManagement;
import org.workershome.congress.ballot.BallotScheduleJob;
import org.workershome.congress.ballot.BallotStatus;
import org.workershome.congress.ballot.Choice;
import org.workershome.congress.ballot.Voting;
import org.workershome.core.member.Member;
import org.workershome.core.member.Members;
import org.workershome.core.scope.Scopes;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;
import tools.jackson.databind.JsonNode;

/** Running a congress: roster with quotas, quorum before votes, scope of the managers, QR sign-in, schedules. */
@IntegrationTest
class CongressApiTest {

    private static final AtomicInteger TERM = new AtomicInteger(50);

    @LocalServerPort int port;
    @Autowired CongressFixture fixture;
    @Autowired Members members;
    @Autowired TestClock clock;
    @Autowired BallotScheduleJob job;

    private List<Member> forestMembers() {
        Long forest = fixture.user("cadre.forest").orgId();
        return Scopes.asSystem(() -> members.findAll((root, q, cb) -> cb.equal(root.get("orgId"), forest), Sort.by("id")));
    }

    private static Map<String, Object> term(int number) {
        return Map.of("number", number, "name", "测试届" + number, "startsOn", LocalDate.now().toString(),
                "endsOn", LocalDate.now().plusYears(5).toString());
    }

    @Test
    void votesOpenOnlyWithTwoThirdsPresentAndQuotasHold() {
        TestHttp chair = TestHttp.api(port, "cadre.forest");
        TestHttp.Response created = chair.postJson("/api/v1/congress/terms", term(TERM.incrementAndGet()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("quorum").asString()).isEqualTo("2/3");
        long termId = created.json().get("id").asLong();
        long constituency = chair.postJson("/api/v1/congress/terms/" + termId + "/constituencies",
                Map.of("name", "营林车间", "quota", 3)).json().get("id").asLong();
        // not worker.forest and rep.forest (the first two), whose roles other tests rely on
        List<Member> forest = forestMembers().subList(2, 8);
        for (int i = 0; i < 3; i++) {
            assertThat(chair.postJson("/api/v1/congress/constituencies/" + constituency + "/representatives",
                    Map.of("memberId", forest.get(i).getId())).status()).isEqualTo(201);
        }
        assertThat(chair.postJson("/api/v1/congress/constituencies/" + constituency + "/representatives",
                Map.of("memberId", forest.get(3).getId())).status()).as("quota of 3").isEqualTo(409);
        assertThat(chair.get("/api/v1/congress/terms/" + termId + "/representatives").json().size()).isEqualTo(3);

        long session = chair.postJson("/api/v1/congress/terms/" + termId + "/sessions", Map.of("number", 1, "title", "一次会议"))
                .json().get("id").asLong();
        chair.postJson("/api/v1/congress/sessions/" + session + "/open", Map.of());
        JsonNode one = chair.postJson("/api/v1/congress/sessions/" + session + "/attendance",
                Map.of("memberId", forest.get(0).getId())).json();
        assertThat(one.get("present").asInt()).isEqualTo(1);
        assertThat(one.get("quorum").asBoolean()).isFalse();
        assertThat(chair.postJson("/api/v1/congress/sessions/" + session + "/attendance",
                Map.of("memberId", forest.get(5).getId())).status()).as("not on the roster").isEqualTo(400);
        long ballot = chair.postJson("/api/v1/congress/sessions/" + session + "/ballots", Map.of("title", "福利计划"))
                .json().get("id").asLong();
        TestHttp.Response refused = chair.postJson("/api/v1/ballots/" + ballot + "/open", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("法定人数");

        JsonNode two = chair.postJson("/api/v1/congress/sessions/" + session + "/attendance",
                Map.of("memberId", forest.get(1).getId())).json();
        assertThat(two.get("quorum").asBoolean()).as("2 of 3 is two thirds").isTrue();
        assertThat(chair.postJson("/api/v1/ballots/" + ballot + "/open", Map.of()).status()).isEqualTo(200);
        JsonNode result = chair.postJson("/api/v1/ballots/" + ballot + "/close", Map.of()).json();
        assertThat(result.get("quorum").asBoolean()).isTrue();
        assertThat(result.get("cast").asInt()).isZero();
        assertThat(result.get("passed").asBoolean()).isFalse();
        assertThat(chair.postJson("/api/v1/congress/sessions/" + session + "/close", Map.of()).json().get("status").asString())
                .isEqualTo("CLOSED");
    }

    @Test
    void theTermPageShowsQuotasAndLetsManagersFillTheRoster() {
        TestHttp api = TestHttp.api(port, "cadre.forest");
        long termId = api.postJson("/api/v1/congress/terms", term(TERM.incrementAndGet())).json().get("id").asLong();
        TestHttp chair = TestHttp.signedIn(port, "cadre.forest");
        assertThat(chair.postForm("/congress/terms/" + termId + "/constituencies", Map.of("name", "防火瞭望站", "quota", "2"))
                .status()).isEqualTo(302);
        String page = chair.get("/congress/terms/" + termId).body();
        Matcher c = Pattern.compile("name=\"constituencyId\">\\s*<option value=\"(\\d+)\"").matcher(page);
        assertThat(c.find()).as(page).isTrue();
        Member member = forestMembers().get(3);
        assertThat(chair.postForm("/congress/terms/" + termId + "/representatives",
                Map.of("constituencyId", c.group(1), "memberId", String.valueOf(member.getId()))).status()).isEqualTo(302);
        assertThat(chair.get("/congress/terms/" + termId).body()).contains("1 / 2", member.getName());

        String workerView = TestHttp.signedIn(port, "worker.forest").get("/congress/terms/" + termId).body();
        assertThat(workerView).contains(member.getName()).doesNotContain("增补代表");
        assertThat(TestHttp.signedIn(port, "worker.station").get("/congress/terms/" + termId).status()).isEqualTo(404);
    }

    @Test
    void onlyManagersOfTheOrgRunItsCongress() {
        Ballot ballot = fixture.openBallot(fixture.quorateSitting(), true);
        assertThat(TestHttp.api(port, "worker.forest").postJson("/api/v1/congress/terms", term(900)).status()).isEqualTo(403);
        Long forest = fixture.user("cadre.forest").orgId();
        Map<String, Object> elsewhere = new java.util.HashMap<>(term(901));
        elsewhere.put("orgId", forest);
        assertThat(TestHttp.api(port, "cadre.station").postJson("/api/v1/congress/terms", elsewhere).status()).isEqualTo(403);
        assertThat(TestHttp.api(port, "cadre.station").postJson("/api/v1/ballots/" + ballot.getId() + "/close", Map.of())
                .status()).isIn(403, 404);
        assertThat(TestHttp.api(port, "cadre.station").get("/api/v1/ballots/" + ballot.getId()).status()).isEqualTo(404);
        assertThat(TestHttp.api(port, "worker.forest").get("/api/v1/ballots/" + ballot.getId()).status())
                .as("the unit's workers see their congress's ballots").isEqualTo(200);
        // the provincial union's cadres have the farm in their scope
        assertThat(TestHttp.api(port, "cadre.province").postJson("/api/v1/ballots/" + ballot.getId() + "/close", Map.of())
                .status()).isEqualTo(200);
    }

    @Test
    void theRosterExportsToExcelForManagersOnly() throws Exception {
        long termId = fixture.demoTerm().getId();
        TestHttp.Response xlsx = TestHttp.signedIn(port, "cadre.forest").get("/congress/terms/" + termId + "/roster.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            var rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("姓名");
            assertThat(rows).hasSize(1 + (int) (long) Scopes.asSystem(() -> fixture.representatives.countByTermId(termId)));
        }
        assertThat(TestHttp.signedIn(port, "worker.forest").get("/congress/terms/" + termId + "/roster.xlsx").status())
                .isEqualTo(403);
    }

    @Test
    void aRepresentativeSignsInWithTheShortLivedQrCode() {
        var sitting = fixture.sitting(0);
        long id = sitting.session().getId();
        TestHttp chair = TestHttp.signedIn(port, "cadre.forest");
        assertThat(chair.get("/congress/sessions/" + id + "/qr.svg").status()).as("no code yet").isEqualTo(404);
        chair.postForm("/congress/sessions/" + id + "/sign-in-code", Map.of());
        String page = chair.get("/congress/sessions/" + id).body();
        Matcher m = Pattern.compile("id=\"sign-in-url\" href=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        String url = m.group(1).replace("&amp;", "&");
        String code = url.substring(url.indexOf("code=") + 5);
        TestHttp.Response svg = chair.get("/congress/sessions/" + id + "/qr.svg");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg").contains("<path d=\"M");
        assertThat(TestHttp.signedIn(port, "rep.forest").get("/congress/sessions/" + id + "/qr.svg").status()).isEqualTo(404);

        TestHttp rep = TestHttp.signedIn(port, "rep.forest");
        TestHttp.Response forged = rep.postForm("/congress/sessions/" + id + "/sign-in", Map.of("code", "forged-code-123"));
        assertThat(forged.status()).isEqualTo(409);
        assertThat(forged.body()).contains("签到码无效或已过期");
        assertThat(fixture.present(id, fixture.memberOf("rep.forest"))).isFalse();
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        worker.postForm("/congress/sessions/" + id + "/sign-in", Map.of("code", code));
        assertThat(fixture.present(id, fixture.memberOf("worker.forest"))).as("not a representative").isFalse();
        try {
            clock.advance(Duration.ofMinutes(11));
            rep.postForm("/congress/sessions/" + id + "/sign-in", Map.of("code", code));
            assertThat(fixture.present(id, fixture.memberOf("rep.forest"))).as("expired code").isFalse();
        } finally {
            clock.reset();
        }
        assertThat(rep.get("/congress/sessions/" + id + "/sign-in?code=" + code).body()).contains("确认签到");
        assertThat(fixture.present(id, fixture.memberOf("rep.forest"))).as("a GET changes nothing").isFalse();
        rep.postForm("/congress/sessions/" + id + "/sign-in", Map.of("code", code));
        assertThat(fixture.present(id, fixture.memberOf("rep.forest"))).isTrue();
        assertThat(Scopes.asSystem(() -> fixture.sessions.quorum(fixture.sessions.session(id))).present()).isEqualTo(1);
    }

    @Test
    void aBallotClosesByItselfAtItsClosingTime() {
        var sitting = fixture.quorateSitting();
        Ballot ballot = fixture.as("cadre.forest", () -> {
            Ballot b = fixture.ballots.create(fixture.user("cadre.forest"), sitting.session().getId(),
                    new BallotManagement.BallotDraft("定时表决", null, BallotKind.MOTION, true, 1, null, null,
                            clock.instant().plusSeconds(60), clock.instant().plusSeconds(3600)));
            return b;
        });
        try {
            clock.advance(Duration.ofMinutes(2));
            Scopes.asSystem(job::applyAll);
            assertThat(Scopes.asSystem(() -> fixture.ballots.get(ballot.getId())).getStatus()).isEqualTo(BallotStatus.OPEN);
            fixture.vote(sitting.roster().get(0), ballot.getId(), Choice.FOR);
            clock.advance(Duration.ofHours(1));
            assertThat(TestHttp.api(port, "rep.forest").postJson("/api/v1/ballots/" + ballot.getId() + "/votes",
                    Map.of("choice", "FOR")).status()).as("past closing time").isEqualTo(409);
            Scopes.asSystem(job::applyAll);
            Ballot closed = Scopes.asSystem(() -> fixture.ballots.get(ballot.getId()));
            assertThat(closed.getStatus()).isEqualTo(BallotStatus.CLOSED);
            assertThat(closed.getCastCount()).isEqualTo(1);
        } finally {
            clock.reset();
        }
    }

    @Test
    void anElectionElectsTheCandidatesWithAMajorityOfAllUpToTheSeats() {
        var sitting = fixture.sitting(fixture.quorateSitting().roster().size());
        Ballot ballot = fixture.as("cadre.forest", () -> {
            Ballot b = fixture.ballots.create(fixture.user("cadre.forest"), sitting.session().getId(),
                    new BallotManagement.BallotDraft("选举工会委员", null, BallotKind.ELECTION, true, 2,
                            List.of("王芳", "李强", "张伟"), null, null, null));
            return fixture.ballots.open(fixture.user("cadre.forest"), b.getId());
        });
        TestHttp rep = TestHttp.api(port, "rep.forest");
        assertThat(rep.postJson("/api/v1/ballots/" + ballot.getId() + "/votes", Map.of("candidates", List.of("C1", "C2", "C3")))
                .status()).as("more than the seats").isEqualTo(400);
        var roster = sitting.roster();
        for (int i = 0; i < roster.size(); i++) {
            String username = fixture.accountFor(roster.get(i));
            List<String> choice = i == 0 ? List.of("C1", "C2") : List.of("C1");
            fixture.as(username, () -> {
                fixture.voting.vote(fixture.user(username), ballot.getId(), new Voting.VoteRequest(null, choice));
                return null;
            });
        }
        JsonNode result = TestHttp.api(port, "cadre.forest").postJson("/api/v1/ballots/" + ballot.getId() + "/close", Map.of()).json();
        assertThat(result.get("counts").get("C1").asInt()).isEqualTo(roster.size());
        assertThat(result.get("counts").get("C2").asInt()).isEqualTo(1);
        assertThat(result.get("options").get(0).get("elected").asBoolean()).isTrue();
        assertThat(result.get("options").get(1).get("elected").asBoolean()).as("1 vote is no majority").isFalse();
        assertThat(result.get("passed").asBoolean()).isTrue();
    }
}
