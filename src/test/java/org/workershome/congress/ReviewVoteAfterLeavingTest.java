package org.workershome.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.workershome.core.member.Member;
import org.workershome.core.member.Members;
import org.workershome.core.scope.Scopes;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** Security review: a representative taken off the roster during a sitting can no longer vote. */
@IntegrationTest
class ReviewVoteAfterLeavingTest {

    private static final AtomicInteger TERM = new AtomicInteger(700);

    @LocalServerPort int port;
    @Autowired CongressFixture fixture;
    @Autowired Members members;
    @Autowired Constituencies constituencies;
    @Autowired Representatives representatives;

    @Test
    void aRepresentativeWhoLeftTheRosterWhileSignedInCannotVote() {
        TestHttp chair = TestHttp.signedIn(port, "cadre.forest");
        int number = TERM.incrementAndGet();
        Map<String, String> term = new HashMap<>(Map.of("number", String.valueOf(number), "name", "审查届" + number,
                "startsOn", LocalDate.now().toString(), "endsOn", LocalDate.now().plusYears(5).toString(),
                "quorumNumerator", "2", "quorumDenominator", "3", "passRule", "MAJORITY_OF_PRESENT", "minCosigners", "1"));
        long termId = idFrom(chair.postForm("/congress/terms", term), "/congress/terms/");
        chair.postForm("/congress/terms/" + termId + "/constituencies", Map.of("name", "审查车间", "quota", "3"));
        Constituency constituency = Scopes.asSystem(() -> constituencies.findByTermIdOrderByName(termId)).get(0);
        Long rep = fixture.memberOf("rep.forest");
        Long forest = fixture.user("cadre.forest").orgId();
        // not worker.forest (first member) nor the members other tests put on their rosters
        List<Long> roster = new ArrayList<>(List.of(rep));
        Scopes.asSystem(() -> members.findAll((root, q, cb) -> cb.equal(root.get("orgId"), forest), Sort.by("id")))
                .stream().map(Member::getId).skip(6).filter(id -> !id.equals(rep)).limit(2).forEach(roster::add);
        for (Long memberId : roster) {
            chair.postForm("/congress/terms/" + termId + "/representatives",
                    Map.of("constituencyId", constituency.getId().toString(), "memberId", memberId.toString()));
        }
        long sessionId = idFrom(chair.postForm("/congress/terms/" + termId + "/sessions", Map.of("number", "1", "title", "会议")),
                "/congress/sessions/");
        chair.postForm("/congress/sessions/" + sessionId + "/open", Map.of());
        for (Long memberId : roster) {
            chair.postForm("/congress/sessions/" + sessionId + "/attendance", Map.of("memberId", memberId.toString()));
        }
        Ballot ballot = fixture.as("cadre.forest", () -> {
            Ballot b = fixture.ballots.create(fixture.user("cadre.forest"), sessionId, new BallotManagement.BallotDraft(
                    "审查表决" + System.nanoTime(), null, BallotKind.MOTION, true, 1, null, null, null, null));
            return fixture.ballots.open(fixture.user("cadre.forest"), b.getId());
        });

        Representative leaving = Scopes.asSystem(() -> representatives.findByTermIdAndMemberId(termId, rep)).orElseThrow();
        TestHttp.Response left = chair.postForm("/congress/terms/" + termId + "/representatives/" + leaving.getId() + "/leave",
                Map.of("reason", "调离本单位"));
        assertThat(left.status()).isEqualTo(302);
        assertThat(Scopes.asSystem(() -> representatives.findById(leaving.getId())).orElseThrow().getLeftOn()).isNotNull();

        TestHttp.Response vote = TestHttp.api(port, "rep.forest")
                .postJson("/api/v1/ballots/" + ballot.getId() + "/votes", Map.of("choice", "FOR"));
        assertThat(vote.status()).as(vote.body()).isEqualTo(403);
        // leaves no open sitting behind (other tests ask whether demo accounts sit in an open session)
        fixture.as("cadre.forest", () -> {
            fixture.ballots.close(fixture.user("cadre.forest"), ballot.getId());
            return null;
        });
        chair.postForm("/congress/sessions/" + sessionId + "/close", Map.of());
    }

    private static long idFrom(TestHttp.Response response, String prefix) {
        String location = response.header("Location");
        assertThat(location).as(response.status() + " " + response.body()).contains(prefix);
        return Long.parseLong(location.substring(location.indexOf(prefix) + prefix.length()).replaceAll("[^0-9].*", ""));
    }
}
