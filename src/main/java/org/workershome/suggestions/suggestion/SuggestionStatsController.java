package org.workershome.suggestions.suggestion;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.org.OrgDirectory;
import org.workershome.suggestions.SuggestionsModule;

import tools.jackson.databind.json.JsonMapper;

/** The ranking of units (public), the committee's statistics with a chart, and the Excel downloads. */
@Controller
@RequestMapping("/suggestions")
class SuggestionStatsController {

    private final SuggestionStatistics statistics;
    private final SuggestionManagement management;
    private final Access access;
    private final MessageSource messages;
    private final JsonMapper json;
    private final OrgDirectory orgs;

    SuggestionStatsController(SuggestionStatistics statistics, SuggestionManagement management, Access access,
            MessageSource messages, JsonMapper json, OrgDirectory orgs) {
        this.orgs = orgs;
        this.statistics = statistics;
        this.management = management;
        this.access = access;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/ranking")
    String ranking(Model model) {
        model.addAttribute("units", statistics.ranking());
        return "suggestions/ranking";
    }

    @GetMapping("/statistics")
    String statistics(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        access.require(user, SuggestionsModule.EVALUATE);
        SuggestionStatistics.Figures figures = statistics.figures();
        model.addAttribute("figures", figures);
        model.addAttribute("chart", json.writeValueAsString(Map.of(
                "labels", figures.units().stream().map(SuggestionStatistics.Unit::orgName).toList(),
                "series", List.of(
                        Map.of("name", text("suggestions.stats.submitted", locale),
                                "data", figures.units().stream().map(SuggestionStatistics.Unit::submitted).toList()),
                        Map.of("name", text("suggestions.stats.adopted", locale),
                                "data", figures.units().stream().map(SuggestionStatistics.Unit::adopted).toList())))));
        return "suggestions/statistics";
    }

    @GetMapping("/statistics.xlsx")
    void statisticsExport(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response, Locale locale)
            throws IOException {
        access.require(user, SuggestionsModule.EVALUATE);
        ExcelExport.of(SuggestionStatistics.Unit.class).sheet(text("suggestions.stats.title", locale))
                .column("suggestions.org", SuggestionStatistics.Unit::orgName)
                .column("suggestions.stats.submitted", SuggestionStatistics.Unit::submitted)
                .column("suggestions.stats.adopted", SuggestionStatistics.Unit::adopted)
                .column("suggestions.benefit.moneySaved", SuggestionStatistics.Unit::moneySaved)
                .column("suggestions.benefit.hoursSaved", SuggestionStatistics.Unit::hoursSaved)
                .column("suggestions.benefit.emissionsCut", SuggestionStatistics.Unit::emissionsCut)
                .send(response, text("suggestions.stats.filename", locale) + ".xlsx", statistics.figures().units(),
                        messages, locale);
    }

    /** Every suggestion of the committee's scope with its status and benefit. */
    @GetMapping("/export.xlsx")
    void export(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response, Locale locale)
            throws IOException {
        access.require(user, SuggestionsModule.EVALUATE);
        ExcelExport.of(Suggestion.class).sheet(text("suggestions.list.title", locale))
                .column("suggestions.title", Suggestion::getTitle)
                .column("suggestions.proposer", Suggestion::getProposerName)
                .column("suggestions.team", Suggestion::getTeamMembers)
                .column("suggestions.org", s -> orgs.nameOf(s.getOrgId()))
                .column("suggestions.status", s -> text("suggestions.status." + s.getStatus(), locale))
                .column("suggestions.meanScore", Suggestion::getMeanScore)
                .column("suggestions.benefit.moneySaved", Suggestion::getMoneySaved)
                .column("suggestions.benefit.hoursSaved", Suggestion::getHoursSaved)
                .column("suggestions.benefit.emissionsCut", Suggestion::getEmissionsCut)
                .column("suggestions.reward.amount.label", Suggestion::getRewardAmount)
                .column("suggestions.submittedAt", Suggestion::getSubmittedAt)
                .send(response, text("suggestions.list.filename", locale) + ".xlsx", management.list(), messages, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
