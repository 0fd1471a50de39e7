package org.workershome.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.workershome.congress.ballot.Ballot;
import org.workershome.congress.ballot.BallotKind;
import org.workershome.congress.ballot.BallotManagement;
import org.workershome.congress.ballot.Choice;
import org.workershome.core.member.Member;
import org.workershome.core.member.Members;
import org.workershome.core.scope.Scopes;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** The chair's day in the browser: a term and its sessions from the pages, the roster with removals, no 500s. */
@IntegrationTest
class CongressChairPagesTest {

    private static final AtomicInteger TERM = new AtomicInteger(300);

    @LocalServerPort int port;
    @Autowired CongressFixture fixture;
    @Autowired Members members;
    @Autowired Constituencies constituencies;
    @Autowired Representatives representatives;
    @Autowired CongressSessions sessions;

    private List<Member> forestMembers() {
        Long forest = fixture.user("cadre.forest").orgId();
        return Scopes.asSystem(() -> members.findAll((root, q, cb) -> cb.equal(root.get("orgId"), forest), Sort.by("id")));
    }

    private static Map<String, String> termForm(int number) {
        Map<String, String> form = new HashMap<>(Map.of("number", String.valueOf(number), "name", "页面届" + number,
                "startsOn", LocalDate.now().toString(), "endsOn", LocalDate.now().plusYears(5).toString(),
                "quorumNumerator", "2", "quorumDenominator", "3", "passRule", "MAJORITY_OF_PRESENT", "minCosigners", "1"));
        return form;
    }

    private static long idFrom(TestHttp.Response response, String prefix) {
        String location = response.header("Location");
        assertThat(location).as(response.status() + " " + response.body()).contains(prefix);
        return Long.parseLong(location.substring(location.indexOf(prefix) + prefix.length()).replaceAll("[^0-9].*", ""));
    }

    /** Posts a form and follows the redirect: the page with the flash message. */
    private static String followed(TestHttp http, String path, Map<String, String> form) {
        TestHttp.Response posted = http.postForm(path, form);
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        String location = posted.header("Location");
        TestHttp.Response page = http.get(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    /** Posts a form that is refused: the page again, saying why, and nothing written (no redirect). */
    private static String refused(TestHttp http, String path, Map<String, String> form) {
        TestHttp.Response answer = http.postForm(path, form);
        assertThat(answer.status()).as(answer.body()).isIn(200, 409);
        return answer.body();
    }

    @Test
    void chairCreatesTermAndSessionFromThePagesWithLocalisedRefusals() {
        TestHttp chair = TestHttp.signedIn(port, "cadre.forest");
        assertThat(chair.get("/congress").body()).contains("id=\"new-term\"");
        int number = TERM.incrementAndGet();
        TestHttp.Response created = chair.postForm("/congress/terms", termForm(number));
        long termId = idFrom(created, "/congress/terms/");
        String termPage = chair.get("/congress/terms/" + termId).body();
        assertThat(termPage).contains("页面届" + number).contains("超过到会代表半数赞成").contains("id=\"new-session\"");

        assertThat(refused(chair, "/congress/terms", termForm(number))).contains("第" + number + "届已经存在");
        Map<String, String> backwards = termForm(TERM.incrementAndGet());
        backwards.put("endsOn", LocalDate.now().minusDays(1).toString());
        assertThat(refused(chair, "/congress/terms", backwards)).contains("结束不早于开始");
        Map<String, String> badQuorum = termForm(TERM.incrementAndGet());
        badQuorum.put("quorumNumerator", "4");
        assertThat(refused(chair, "/congress/terms", badQuorum)).contains("法定人数比例无效");
        Map<String, String> noNumber = termForm(1);
        noNumber.remove("number");
        assertThat(refused(chair, "/congress/terms", noNumber)).contains("请填写届次");
        Map<String, String> garbage = termForm(1);
        garbage.put("number", "abc");
        TestHttp.Response bad = chair.postForm("/congress/terms", garbage);
        assertThat(bad.status()).as("no 500").isEqualTo(400);
        assertThat(bad.body()).doesNotContain("Exception");
        Map<String, String> badDate = termForm(TERM.incrementAndGet());
        badDate.put("startsOn", "2026-13-45");
        assertThat(chair.postForm("/congress/terms", badDate).status()).isEqualTo(400);

        // sessions: window refused when the end is before the start, then created with agenda
        Map<String, String> session = new HashMap<>(Map.of("number", "1", "title", "第一次会议",
                "motionsOpenAt", "2026-12-01T09:00", "motionsCloseAt", "2026-11-30T09:00", "agenda", "审议集体合同\n\n选举委员"));
        assertThat(refused(chair, "/congress/terms/" + termId + "/sessions", session)).contains("截止晚于开始");
        session.put("motionsCloseAt", "2026-12-10T17:00");
        long sessionId = idFrom(chair.postForm("/congress/terms/" + termId + "/sessions", session), "/congress/sessions/");
        String sessionPage = chair.get("/congress/sessions/" + sessionId).body();
        assertThat(sessionPage).contains("<li>审议集体合同</li>").contains("<li>选举委员</li>")
                .contains("2026-12-01 09:00").contains("id=\"open-session\"");
        assertThat(refused(chair, "/congress/terms/" + termId + "/sessions", session)).contains("本届第1次会议已经存在");
        CongressSession stored = Scopes.asSystem(() -> sessions.findById(sessionId)).orElseThrow();
        assertThat(stored.getAgendaItems()).containsExactly("审议集体合同", "选举委员");
        assertThat(stored.getMotionsCloseAt()).isAfter(stored.getMotionsOpenAt());

        chair.postForm("/congress/sessions/" + sessionId + "/open", Map.of());
        assertThat(Scopes.asSystem(() -> sessions.findById(sessionId)).orElseThrow().getStatus())
                .isEqualTo(SessionStatus.IN_PROGRESS);

        // English
        TestHttp english = TestHttp.signedIn(port, "cadre.forest");
        english.get("/me?lang=en");
        assertThat(refused(english, "/congress/terms", termForm(number))).contains("Term " + number + " already exists");
    }

    @Test
    void removedRepresentativesStayAsHistoryAndNoLongerCountForTheQuorum() {
        TestHttp chair = TestHttp.signedIn(port, "cadre.forest");
        Roster roster = openSitting(chair, "营林车间");
        long termId = roster.termId();
        long sessionId = roster.sessionId();
        Constituency constituency = roster.constituency();
        List<Member> forest = roster.representatives();
        chair.postForm("/congress/sessions/" + sessionId + "/attendance", Map.of("memberId", forest.get(0).getId().toString()));
        chair.postForm("/congress/sessions/" + sessionId + "/attendance", Map.of("memberId", forest.get(1).getId().toString()));
        String before = chair.get("/congress/sessions/" + sessionId).body();
        assertThat(before).contains("<dd id=\"eligible\">3</dd>").contains("<dd id=\"present\">2</dd>");

        Representative leaving = Scopes.asSystem(() -> representatives.findByTermIdAndMemberId(termId, forest.get(0).getId()))
                .orElseThrow();
        String leave = "/congress/terms/" + termId + "/representatives/" + leaving.getId() + "/leave";
        assertThat(refused(chair, leave, Map.of("reason", " "))).contains("请填写退出原因");
        String after = followed(chair, leave, Map.of("reason", "调离本单位"));
        assertThat(after).contains("代表已退出代表名单").contains("调离本单位").contains("id=\"former\"");
        Representative left = Scopes.asSystem(() -> representatives.findById(leaving.getId())).orElseThrow();
        assertThat(left.getLeftOn()).isNotNull();
        assertThat(left.getLeftReason()).isEqualTo("调离本单位");
        String quorum = chair.get("/congress/sessions/" + sessionId).body();
        assertThat(quorum).as("only current representatives count").contains("<dd id=\"eligible\">2</dd>")
                .contains("<dd id=\"present\">1</dd>");
        assertThat(refused(chair, leave, Map.of("reason", "again"))).contains("该代表已退出代表名单");
        assertThat(refused(chair, "/congress/terms/" + termId + "/representatives",
                Map.of("constituencyId", constituency.getId().toString(), "memberId", forest.get(0).getId().toString())))
                .contains("已退出本届代表名单");
        // a seat freed by leaving can be filled again within the quota
        followed(chair, "/congress/terms/" + termId + "/representatives",
                Map.of("constituencyId", constituency.getId().toString(), "memberId", forestMembers().get(5).getId().toString()));
        assertThat(Scopes.asSystem(() -> representatives.countByConstituencyIdAndLeftOnIsNull(constituency.getId()))).isEqualTo(3);
        // one who left can no longer be marked present
        assertThat(fixture.as("cadre.forest", () -> {
            try {
                fixture.sessions.markPresent(fixture.user("cadre.forest"), sessionId, forest.get(0).getId());
                return "marked";
            } catch (org.workershome.core.error.InvalidInput e) {
                return e.fieldErrors().get("memberId");
            }
        })).isEqualTo("congress.error.notRepresentative");
        // a worker cannot remove
        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        Representative other = Scopes.asSystem(() -> representatives.findByTermIdAndMemberId(termId, forest.get(1).getId()))
                .orElseThrow();
        worker.postForm("/congress/terms/" + termId + "/representatives/" + other.getId() + "/leave", Map.of("reason", "x"));
        assertThat(Scopes.asSystem(() -> representatives.findById(other.getId())).orElseThrow().isCurrent()).isTrue();
    }

    @Test
    void aRepresentativeWhoVotedInAnOpenBallotCannotBeRemovedUntilItCloses() {
        TestHttp chair = TestHttp.signedIn(port, "cadre.forest");
        Roster roster = openSitting(chair, "后勤");
        long termId = roster.termId();
        long sessionId = roster.sessionId();
        Constituency constituency = roster.constituency();
        List<Member> forest = roster.representatives();
        for (Member m : forest) {
            chair.postForm("/congress/sessions/" + sessionId + "/attendance", Map.of("memberId", m.getId().toString()));
        }
        Ballot ballot = fixture.as("cadre.forest", () -> {
            Ballot b = fixture.ballots.create(fixture.user("cadre.forest"), sessionId, new BallotManagement.BallotDraft(
                    "表决" + System.nanoTime(), null, BallotKind.MOTION, true, 1, null, null, null, null));
            return fixture.ballots.open(fixture.user("cadre.forest"), b.getId());
        });
        Representative voter = Scopes.asSystem(() -> representatives.findByTermIdAndMemberId(termId, forest.get(0).getId()))
                .orElseThrow();
        fixture.vote(voter, ballot.getId(), Choice.FOR);
        String leave = "/congress/terms/" + termId + "/representatives/" + voter.getId() + "/leave";
        assertThat(refused(chair, leave, Map.of("reason", "罢免"))).contains("已在正在进行的表决中投票");
        assertThat(Scopes.asSystem(() -> representatives.findById(voter.getId())).orElseThrow().isCurrent()).isTrue();
        fixture.as("cadre.forest", () -> fixture.ballots.close(fixture.user("cadre.forest"), ballot.getId()));
        assertThat(followed(chair, leave, Map.of("reason", "罢免"))).contains("代表已退出代表名单");
        assertThat(Scopes.asSystem(() -> representatives.findById(voter.getId())).orElseThrow().isCurrent()).isFalse();
    }

    @Test
    void theApiTakesARepresentativeOffTheRosterToo() {
        TestHttp api = TestHttp.api(port, "cadre.forest");
        TestHttp chair = TestHttp.signedIn(port, "cadre.forest");
        long termId = idFrom(chair.postForm("/congress/terms", termForm(TERM.incrementAndGet())), "/congress/terms/");
        long constituency = api.postJson("/api/v1/congress/terms/" + termId + "/constituencies",
                Map.of("name", "机关", "quota", 2)).json().get("id").asLong();
        long rep = api.postJson("/api/v1/congress/constituencies/" + constituency + "/representatives",
                Map.of("memberId", forestMembers().get(6).getId())).json().get("id").asLong();
        assertThat(api.postJson("/api/v1/congress/representatives/" + rep + "/leave", Map.of()).status()).isEqualTo(400);
        TestHttp.Response left = api.postJson("/api/v1/congress/representatives/" + rep + "/leave", Map.of("reason", "辞去代表职务"));
        assertThat(left.status()).as(left.body()).isEqualTo(200);
        assertThat(left.json().get("reason").asString()).isEqualTo("辞去代表职务");
        assertThat(api.get("/api/v1/congress/terms/" + termId + "/representatives").json().size()).isZero();
        assertThat(api.postJson("/api/v1/congress/representatives/" + rep + "/leave", Map.of("reason", "x")).status())
                .isEqualTo(409);
        assertThat(TestHttp.api(port, "worker.forest").postJson("/api/v1/congress/representatives/" + rep + "/leave",
                Map.of("reason", "x")).status()).isEqualTo(403);
    }

    /** A new term with one constituency of three forest representatives, and its first session opened. */
    private record Roster(long termId, long sessionId, Constituency constituency, List<Member> representatives) {}

    private Roster openSitting(TestHttp chair, String constituencyName) {
        long termId = idFrom(chair.postForm("/congress/terms", termForm(TERM.incrementAndGet())), "/congress/terms/");
        followed(chair, "/congress/terms/" + termId + "/constituencies", Map.of("name", constituencyName, "quota", "3"));
        Constituency constituency = Scopes.asSystem(() -> constituencies.findByTermIdOrderByName(termId)).get(0);
        List<Member> forest = forestMembers().subList(2, 5);
        for (Member m : forest) {
            followed(chair, "/congress/terms/" + termId + "/representatives",
                    Map.of("constituencyId", constituency.getId().toString(), "memberId", m.getId().toString()));
        }
        long sessionId = idFrom(chair.postForm("/congress/terms/" + termId + "/sessions", Map.of("number", "1", "title", "会议")),
                "/congress/sessions/");
        chair.postForm("/congress/sessions/" + sessionId + "/open", Map.of());
        return new Roster(termId, sessionId, constituency, forest);
    }
}
