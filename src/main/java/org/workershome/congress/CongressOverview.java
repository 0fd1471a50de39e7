package org.workershome.congress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.workershome.congress.ballot.Ballot;
import org.workershome.congress.ballot.BallotManagement;
import org.workershome.congress.ballot.BallotStatus;
import org.workershome.congress.ballot.ResolutionManagement;
import org.workershome.congress.ballot.Voting;
import org.workershome.congress.motion.MotionManagement;
import org.workershome.congress.openaffairs.ConsultationManagement;
import org.workershome.congress.openaffairs.NoticeManagement;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.time.Times;

/**
 * The congress overview page: current sessions with their quorum, open ballots, the latest resolutions, notices and
 * consultations, the caller's terms; for managers the new-term form. Shown by its handler and again by a refused
 * new term.
 */
@Component
class CongressOverview {

    private final TermManagement terms;
    private final SessionManagement sessions;
    private final BallotManagement ballots;
    private final Voting voting;
    private final ResolutionManagement resolutions;
    private final MotionManagement motions;
    private final NoticeManagement notices;
    private final ConsultationManagement consultations;
    private final Access access;

    CongressOverview(TermManagement terms, SessionManagement sessions, BallotManagement ballots, Voting voting,
            ResolutionManagement resolutions, MotionManagement motions, NoticeManagement notices,
            ConsultationManagement consultations, Access access) {
        this.terms = terms;
        this.sessions = sessions;
        this.ballots = ballots;
        this.voting = voting;
        this.resolutions = resolutions;
        this.motions = motions;
        this.notices = notices;
        this.consultations = consultations;
        this.access = access;
    }

    String show(CurrentUser user, Model model) {
        List<CongressSession> current = sessions.currentSessions();
        Map<Long, SessionManagement.Quorum> quorums = new HashMap<>();
        current.forEach(s -> quorums.put(s.getId(), sessions.quorum(s)));
        List<Ballot> open = ballots.withStatus(BallotStatus.OPEN);
        model.addAttribute("sessions", current);
        model.addAttribute("quorums", quorums);
        model.addAttribute("openBallots", open);
        model.addAttribute("voted", voting.votedAmong(user, open.stream().map(Ballot::getId).toList()));
        model.addAttribute("resolutions", resolutions.resolutions().stream().limit(10).toList());
        model.addAttribute("motionCount", motions.list().size());
        model.addAttribute("notices", notices.notices().stream().limit(5).toList());
        model.addAttribute("consultations", consultations.consultations());
        model.addAttribute("terms", user.orgId() == null ? List.of() : terms.termsOf(user.orgId()));
        boolean manager = user.orgId() != null && access.may(user, CongressModule.MANAGE, user.orgId());
        model.addAttribute("manager", manager);
        if (manager) {
            model.addAttribute("passRules", PassRule.values());
            model.addAttribute("today", LocalDate.now(Times.ZONE));
            PageForms.newRequestToken(model);
        }
        return "congress/overview";
    }
}
