package org.workershome.competitions;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.excel.ExcelExport;

import tools.jackson.databind.json.JsonMapper;

/** Competitions per org (the reader's org, or a child he drills down to) as a table, a chart and Excel. */
@Controller
class CompetitionStatisticsController {

    private final CompetitionStatistics statistics;
    private final MessageSource messages;
    private final JsonMapper json;

    CompetitionStatisticsController(CompetitionStatistics statistics, MessageSource messages, JsonMapper json) {
        this.statistics = statistics;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/competitions/statistics")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgId, Model model,
            Locale locale) {
        List<CompetitionStatistics.Row> rows = statistics.of(user, orgId == null ? user.orgId() : orgId);
        model.addAttribute("rows", rows);
        model.addAttribute("top", rows.get(0));
        model.addAttribute("chart", json.writeValueAsString(Map.of(
                "labels", rows.stream().map(CompetitionStatistics.Row::org).toList(),
                "series", List.of(
                        Map.of("name", messages.getMessage("competition.stats.entries", null, locale),
                                "data", rows.stream().map(CompetitionStatistics.Row::entries).toList()),
                        Map.of("name", messages.getMessage("competition.stats.winners", null, locale),
                                "data", rows.stream().map(CompetitionStatistics.Row::winners).toList())))));
        return "competitions/statistics";
    }

    @GetMapping("/competitions/statistics.xlsx")
    void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgId, Locale locale,
            HttpServletResponse response) throws IOException {
        List<CompetitionStatistics.Row> rows = statistics.of(user, orgId == null ? user.orgId() : orgId);
        ExcelExport.of(CompetitionStatistics.Row.class).sheet("statistics")
                .column("competition.stats.org", CompetitionStatistics.Row::org)
                .column("competition.stats.competitions", CompetitionStatistics.Row::competitions)
                .column("competition.stats.entries", CompetitionStatistics.Row::entries)
                .column("competition.stats.approved", CompetitionStatistics.Row::approved)
                .column("competition.stats.winners", CompetitionStatistics.Row::winners)
                .send(response, messages.getMessage("competition.stats.title", null, locale) + ".xlsx", rows, messages,
                        locale);
    }
}
