package org.workershome.relations;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.NotFound;
import org.workershome.core.module.MeSection;
import org.workershome.core.org.OrgDirectory;

/**
 * A worker's own disputes — those he is the worker party of — on {@code /me} and on pages of his own: status,
 * sessions, outcome and the agreement's PDF. Anyone else's dispute does not exist here (404).
 */
@Controller
@RequestMapping("/relations/mine")
class MyDisputes implements MeSection {

    private final DisputeManagement disputes;
    private final OrgDirectory orgs;

    MyDisputes(DisputeManagement disputes, OrgDirectory orgs) {
        this.disputes = disputes;
        this.orgs = orgs;
    }

    @Override
    public String fragment() {
        return "relations/me :: mine";
    }

    /** Nothing for an account without a member, or a member who is no dispute's party: the block is then hidden. */
    @Override
    public Map<String, Object> model(CurrentUser user) {
        List<Dispute> mine = disputes.ofMember(user.memberId());
        return mine.isEmpty() ? Map.of() : Map.of("disputes", mine);
    }

    @Override
    public int order() {
        return 15;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("disputes", disputes.ofMember(user.memberId()));
        return "relations/mine";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Dispute dispute = disputes.get(id);
        if (user.memberId() == null || !Objects.equals(dispute.getWorkerMemberId(), user.memberId())) {
            throw new NotFound("dispute", id);
        }
        model.addAttribute("dispute", dispute);
        model.addAttribute("orgName", orgs.nameOf(dispute.getOrgId()));
        model.addAttribute("sessions", disputes.sessionsOf(id));
        return "relations/my-dispute";
    }
}
