package org.workershome.congress;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.workershome.congress.ballot.Ballot;
import org.workershome.congress.ballot.BallotManagement;
import org.workershome.congress.ballot.Voting;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.time.Times;

/**
 * The session page (the sitting: quorum, QR sign-in, attendance, ballots), shown by its own handler and again by
 * the acts posted from it (a ballot prepared there) when they are refused.
 */
@Component
public class SessionPage {

    private final TermManagement terms;
    private final SessionManagement sessions;
    private final BallotManagement ballots;
    private final Voting voting;
    private final Access access;

    SessionPage(TermManagement terms, SessionManagement sessions, BallotManagement ballots, Voting voting, Access access) {
        this.terms = terms;
        this.sessions = sessions;
        this.ballots = ballots;
        this.voting = voting;
        this.access = access;
    }

    public String show(CurrentUser user, Long id, Model model) {
        CongressSession session = sessions.session(id);
        Term term = terms.term(session.getTermId());
        boolean manager = access.may(user, CongressModule.MANAGE, session.getOrgId());
        model.addAttribute("sitting", session);
        model.addAttribute("term", term);
        model.addAttribute("zone", Times.ZONE);
        model.addAttribute("quorum", sessions.quorum(session));
        model.addAttribute("manager", manager);
        model.addAttribute("representative", terms.isRepresentative(user, term.getId()));
        model.addAttribute("present", sessions.isPresent(id, user.memberId()));
        List<Ballot> list = ballots.ofSession(id);
        model.addAttribute("ballots", list);
        model.addAttribute("voted", voting.votedAmong(user, list.stream().map(Ballot::getId).toList()));
        if (manager) {
            Set<Long> presentIds = new HashSet<>();
            sessions.attendance(id).forEach(a -> presentIds.add(a.getMemberId()));
            model.addAttribute("roster", terms.roster(term.getId()));
            model.addAttribute("presentIds", presentIds);
            sessions.currentSignInToken(user, session).ifPresent(token -> {
                model.addAttribute("signInUrl", signInUrl(id, token));
                model.addAttribute("signInExpires", session.getSignInTokenExpiresAt());
            });
            PageForms.newRequestToken(model);
        }
        return "congress/session";
    }

    static String signInUrl(Long sessionId, String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/congress/sessions/{id}/sign-in")
                .queryParam("code", token).buildAndExpand(sessionId).toUriString();
    }
}
