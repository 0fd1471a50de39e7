package org.workershome.competitions;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory;

/** The organiser's downloads: entries (as his scope shows them) and the ranking of the current stage. */
@Controller
class CompetitionExport {

    private final CompetitionManagement competitions;
    private final EntryManagement entries;
    private final RankingBoard board;
    private final MemberDirectory members;
    private final OrgDirectory orgs;
    private final Access access;
    private final MessageSource messages;

    CompetitionExport(CompetitionManagement competitions, EntryManagement entries, RankingBoard board,
            MemberDirectory members, OrgDirectory orgs, Access access, MessageSource messages) {
        this.competitions = competitions;
        this.entries = entries;
        this.board = board;
        this.members = members;
        this.orgs = orgs;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/competitions/{id}/entries.xlsx")
    void entries(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, HttpServletResponse response,
            Locale locale) throws IOException {
        Competition competition = organised(user, id);
        List<Entry> rows = entries.of(id);
        Map<Long, String> names = members.namesOf(rows.stream().map(Entry::getMemberId).toList());
        ExcelExport.of(Entry.class).sheet(text("competition.entries", locale))
                .column("competition.entry.name", e -> names.get(e.getMemberId()))
                .column("competition.entry.org", e -> orgs.nameOf(e.getOrgId()))
                .column("competition.entry.team", Entry::getTeamName)
                .column("competition.entry.teamMembers", Entry::getTeamMembers)
                .column("competition.entry.status", e -> text("competition.entry.status." + e.getStatus(), locale))
                .column("competition.entry.registeredAt", Entry::getRegisteredAt)
                .send(response, competition.getTitle() + "-entries.xlsx", rows, messages, locale);
    }

    @GetMapping("/competitions/{id}/results.xlsx")
    void results(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, HttpServletResponse response,
            Locale locale) throws IOException {
        Competition competition = organised(user, id);
        ExcelExport<RankingBoard.Line> export = ExcelExport.of(RankingBoard.Line.class)
                .sheet(text("competition.ranking", locale))
                .column("competition.ranking.rank", RankingBoard.Line::rank)
                .column("competition.entry.name", RankingBoard.Line::name)
                .column("competition.entry.org", RankingBoard.Line::orgName)
                .column("competition.entry.team", RankingBoard.Line::teamName)
                .column("competition.ranking.total", RankingBoard.Line::total)
                .column("competition.ranking.judges", RankingBoard.Line::judges);
        export.send(response, competition.getTitle() + "-results.xlsx", board.current(competition).lines(), messages,
                locale);
    }

    private Competition organised(CurrentUser user, Long id) {
        Competition competition = competitions.get(id);
        access.require(user, CompetitionsModule.MANAGE, competition.getOrgId());
        return competition;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
