package org.workershome.congress;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.congress.ballot.Ballot;
import org.workershome.congress.ballot.BallotKind;
import org.workershome.congress.ballot.BallotManagement;
import org.workershome.core.account.CurrentUser;

/** Running a congress over the API: terms, constituencies, roster, sessions, attendance and quorum, ballots. */
@RestController
@RequestMapping("/api/v1/congress")
class CongressApi {

    private final TermManagement terms;
    private final SessionManagement sessions;
    private final BallotManagement ballots;

    CongressApi(TermManagement terms, SessionManagement sessions, BallotManagement ballots) {
        this.terms = terms;
        this.sessions = sessions;
        this.ballots = ballots;
    }

    record NewTerm(Long orgId, int number, String name, LocalDate startsOn, LocalDate endsOn, Integer quorumNumerator,
            Integer quorumDenominator, PassRule passRule, Integer minCosigners) {}

    record TermView(Long id, Long orgId, int number, String name, LocalDate startsOn, LocalDate endsOn,
            String quorum, String passRule, int minCosigners) {}

    record NewConstituency(String name, int quota) {}

    record ConstituencyView(Long id, Long termId, String name, int quota) {}

    record NewRepresentative(Long memberId) {}

    record RepresentativeView(Long id, Long constituencyId, Long memberId, String name) {}

    record NewSession(int number, String title, Instant motionsOpenAt, Instant motionsCloseAt) {}

    record SessionView(Long id, Long termId, int number, String title, String status, long eligible, long present,
            long quorumNeeded, boolean quorum) {}

    record Attend(Long memberId) {}

    record NewBallot(String title, String description, BallotKind kind, Boolean secret, Integer maxChoices,
            List<String> candidates, PassRule passRule, Instant opensAt, Instant closesAt) {}

    @PostMapping("/terms")
    ResponseEntity<TermView> createTerm(@AuthenticationPrincipal CurrentUser user, @RequestBody NewTerm body) {
        Term term = terms.createTerm(user, body.orgId() != null ? body.orgId() : user.orgId(), body.number(), body.name(),
                body.startsOn(), body.endsOn(), body.quorumNumerator() != null ? body.quorumNumerator() : 2,
                body.quorumDenominator() != null ? body.quorumDenominator() : 3, body.passRule(),
                body.minCosigners() != null ? body.minCosigners() : 2);
        return ResponseEntity.created(URI.create("/api/v1/congress/terms/" + term.getId())).body(view(term));
    }

    @GetMapping("/terms/{id}")
    TermView term(@PathVariable Long id) {
        return view(terms.term(id));
    }

    @PostMapping("/terms/{id}/constituencies")
    ResponseEntity<ConstituencyView> addConstituency(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody NewConstituency body) {
        Constituency c = terms.addConstituency(user, id, body.name(), body.quota());
        return ResponseEntity.status(201).body(new ConstituencyView(c.getId(), c.getTermId(), c.getName(), c.getQuota()));
    }

    @PostMapping("/constituencies/{id}/representatives")
    ResponseEntity<RepresentativeView> addRepresentative(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody NewRepresentative body) {
        Representative r = terms.addRepresentative(user, id, body.memberId());
        return ResponseEntity.status(201).body(view(r));
    }

    record Leave(String reason) {}

    record FormerView(Long id, Long memberId, String name, LocalDate leftOn, String reason) {}

    /** Takes a representative off the roster (kept as history); 409 while a ballot he voted in is open. */
    @PostMapping("/representatives/{id}/leave")
    FormerView leave(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody Leave body) {
        Representative r = terms.removeRepresentative(user, id, body == null ? null : body.reason());
        return new FormerView(r.getId(), r.getMemberId(), r.getMemberName(), r.getLeftOn(), r.getLeftReason());
    }

    @GetMapping("/terms/{id}/representatives")
    List<RepresentativeView> roster(@PathVariable Long id) {
        terms.term(id);
        return terms.roster(id).stream().map(CongressApi::view).toList();
    }

    @PostMapping("/terms/{id}/sessions")
    ResponseEntity<SessionView> createSession(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody NewSession body) {
        CongressSession s = sessions.createSession(user, id, body.number(), body.title(), body.motionsOpenAt(),
                body.motionsCloseAt());
        return ResponseEntity.status(201).body(view(s));
    }

    @GetMapping("/sessions/{id}")
    SessionView session(@PathVariable Long id) {
        return view(sessions.session(id));
    }

    @PostMapping("/sessions/{id}/open")
    SessionView openSession(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return view(sessions.openSession(user, id));
    }

    @PostMapping("/sessions/{id}/close")
    SessionView closeSession(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return view(sessions.closeSession(user, id));
    }

    /** Staff mark a representative present; the answer carries the live quorum. */
    @PostMapping("/sessions/{id}/attendance")
    SessionView attend(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody Attend body) {
        sessions.markPresent(user, id, body.memberId());
        return view(sessions.session(id));
    }

    @PostMapping("/sessions/{id}/ballots")
    ResponseEntity<java.util.Map<String, Object>> createBallot(@AuthenticationPrincipal CurrentUser user,
            @PathVariable Long id, @RequestBody NewBallot body) {
        Ballot b = ballots.create(user, id, new BallotManagement.BallotDraft(body.title(), body.description(), body.kind(),
                body.secret() == null || body.secret(), body.maxChoices() == null ? 1 : body.maxChoices(),
                body.candidates(), body.passRule(), body.opensAt(), body.closesAt()));
        return ResponseEntity.created(URI.create("/api/v1/ballots/" + b.getId()))
                .body(java.util.Map.of("id", b.getId(), "status", b.getStatus().name(), "secret", b.isSecret()));
    }

    private SessionView view(CongressSession s) {
        SessionManagement.Quorum q = sessions.quorum(s);
        return new SessionView(s.getId(), s.getTermId(), s.getNumber(), s.getTitle(), s.getStatus().name(), q.eligible(),
                q.present(), q.needed(), q.reached());
    }

    private static TermView view(Term t) {
        return new TermView(t.getId(), t.getOrgId(), t.getNumber(), t.getName(), t.getStartsOn(), t.getEndsOn(),
                t.getQuorumNumerator() + "/" + t.getQuorumDenominator(), t.getPassRule().name(), t.getMinCosigners());
    }

    private static RepresentativeView view(Representative r) {
        return new RepresentativeView(r.getId(), r.getConstituencyId(), r.getMemberId(), r.getMemberName());
    }
}
