package org.workershome.competitions;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.certificate.Certificate;
import org.workershome.core.certificate.Certificates;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory;

/** What a competition's page shows the caller: entries in his scope, the acts he may take, judges, certificates. */
@Component
class CompetitionPage {

    private final EntryManagement entries;
    private final JudgingManagement judging;
    private final Certificates certificates;
    private final MemberDirectory members;
    private final OrgDirectory orgs;
    private final PermissionHolders holders;
    private final Access access;
    private final ScoreAppealManagement appeals;
    private final Clock clock;

    CompetitionPage(EntryManagement entries, JudgingManagement judging, Certificates certificates,
            MemberDirectory members, OrgDirectory orgs, PermissionHolders holders, Access access,
            ScoreAppealManagement appeals, Clock clock) {
        this.appeals = appeals;
        this.clock = clock;
        this.entries = entries;
        this.judging = judging;
        this.certificates = certificates;
        this.members = members;
        this.orgs = orgs;
        this.holders = holders;
        this.access = access;
    }

    void fill(CurrentUser user, Competition competition, Model model) {
        boolean organiser = access.may(user, CompetitionsModule.MANAGE, competition.getOrgId());
        List<Entry> list = entries.of(competition.getId());
        model.addAttribute("competition", competition);
        model.addAttribute("orgName", orgs.nameOf(competition.getOrgId()));
        model.addAttribute("organiser", organiser);
        model.addAttribute("stageActions", organiser ? Competition.MACHINE.actionsFrom(competition.getStage()) : List.of());
        model.addAttribute("entries", list);
        model.addAttribute("memberNames", members.namesOf(list.stream().map(Entry::getMemberId).toList()));
        model.addAttribute("orgNames", orgs.namesOf(list.stream().map(Entry::getOrgId).distinct().toList()));
        model.addAttribute("decidable", list.stream().filter(e -> e.getStatus() == EntryStatus.PENDING
                && access.may(user, CompetitionsModule.MANAGE, e.getOrgId())).map(Entry::getId).toList());
        boolean open = competition.getStage() == CompetitionStage.REGISTRATION;
        boolean entered = list.stream().anyMatch(e -> e.getMemberId().equals(user.memberId()));
        model.addAttribute("mayRegister", open && user.memberId() != null && !entered
                && judging.judgeOf(user, competition.getId()).isEmpty()
                && orgs.isWithin(members.find(user.memberId()).map(MemberDirectory.MemberSummary::orgId).orElse(-1L),
                        competition.getOrgId()));
        boolean entersOthers = open && access.may(user, CompetitionsModule.MANAGE, user.orgId())
                && orgs.isWithin(user.orgId(), competition.getOrgId());
        model.addAttribute("entersOthers", entersOthers);
        model.addAttribute("candidates", entersOthers ? members.activeInSubtree(user.orgId()) : List.of());
        List<Judge> judges = judging.judgesOf(competition.getId());
        model.addAttribute("judges", judges);
        model.addAttribute("judgeNames", judges.stream().collect(Collectors.toMap(Judge::getId,
                j -> holders.holder(j.getAccountId(), CompetitionsModule.SCORE).map(PermissionHolders.Holder::name)
                        .orElse("—"))));
        model.addAttribute("judgeOrgNames", orgs.namesOf(judges.stream().map(Judge::getJudgeOrgId).distinct().toList()));
        model.addAttribute("judgeCandidates", organiser && competition.getStage() != CompetitionStage.RESULTS_PUBLISHED
                ? judging.candidates() : List.of());
        model.addAttribute("judge", judging.judgeOf(user, competition.getId()).orElse(null));
        Map<Long, Certificate> certified = certificates.forSources(CompetitionCertifier.SOURCE,
                list.stream().map(Entry::getId).toList()).stream()
                .collect(Collectors.toMap(Certificate::getSourceId, Function.identity(), (a, b) -> a));
        model.addAttribute("certificates", certified);
        List<ScoreAppeal> lodged = appeals.of(competition.getId());
        model.addAttribute("appeals", lodged);
        model.addAttribute("promotionSources", organiser && open ? entries.promotionSources(competition) : List.of());
        model.addAttribute("appealNames", members.namesOf(lodged.stream().map(ScoreAppeal::getMemberId).toList()));
        model.addAttribute("mayAppeal", competition.takesAppealsAt(clock.instant())
                && appeals.ownEntry(user, competition.getId()).isPresent());
    }
}
