package org.workershome.suggestions.craftsman;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.module.Achievement;
import org.workershome.core.module.AchievementSource;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.workflow.TimelineStep;

/**
 * A craftsman's page: the nomination or title, its endorsements, the notice and objections, incentives, and the
 * member's achievements from every module ({@link AchievementSource} beans: prizes, adopted suggestions, studios).
 */
@Component
class CraftsmanPage {

    private final CraftsmanManagement management;
    private final PublicNotice notice;
    private final List<AchievementSource> achievements;
    private final OrgDirectory orgs;

    CraftsmanPage(CraftsmanManagement management, PublicNotice notice, List<AchievementSource> achievements,
            OrgDirectory orgs) {
        this.management = management;
        this.notice = notice;
        this.achievements = achievements;
        this.orgs = orgs;
    }

    @Transactional(readOnly = true)
    void fill(CurrentUser user, Craftsman craftsman, Model model) {
        boolean panel = management.mayManage(user, craftsman);
        var endorsements = management.endorsementsOf(craftsman);
        model.addAttribute("craftsman", craftsman);
        model.addAttribute("orgName", orgs.nameOf(craftsman.getOrgId()));
        model.addAttribute("panel", panel);
        model.addAttribute("endorsements", endorsements);
        model.addAttribute("objections", panel || user.memberId() != null ? notice.of(craftsman) : List.of());
        model.addAttribute("mayEndorse", craftsman.getStatus() == CraftsmanStatus.ENDORSING && user.memberId() != null
                && !user.memberId().equals(craftsman.getMemberId())
                && endorsements.stream().noneMatch(e -> e.getMemberId().equals(user.memberId())));
        model.addAttribute("mayObject", craftsman.getStatus() == CraftsmanStatus.ON_NOTICE && user.memberId() != null
                && !management.today().isAfter(craftsman.getNoticeEndsOn()));
        model.addAttribute("needed", Craftsman.ENDORSEMENTS);
        model.addAttribute("incentiveKinds", IncentiveKind.values());
        model.addAttribute("today", management.today());
        model.addAttribute("achievements", achievements.stream()
                .flatMap(s -> s.achievementsOf(craftsman.getMemberId()).stream())
                .sorted(Comparator.comparing(Achievement::on, Comparator.nullsLast(Comparator.reverseOrder()))).toList());
        var steps = management.timelineOf(craftsman).stream().map(TimelineStep::of);
        model.addAttribute("timeline", (panel ? steps : steps.map(TimelineStep::withoutActor)).toList());
    }
}
