package org.workershome.appeals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.org.OrgManagement;

import tools.jackson.databind.json.JsonMapper;

/** Statistics of appeals per org: a table, a chart (drawn by core's static/js/bar-chart.js) and an Excel export. */
@Controller
@RequestMapping("/appeals/stats")
class AppealStatisticsController {

    private final AppealStatistics statistics;
    private final AppealManagement management;
    private final OrgManagement orgManagement;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Access access;

    AppealStatisticsController(AppealStatistics statistics, AppealManagement management, OrgManagement orgManagement,
            MessageSource messages, JsonMapper json, Access access) {
        this.access = access;
        this.statistics = statistics;
        this.management = management;
        this.orgManagement = orgManagement;
        this.messages = messages;
        this.json = json;
    }

    /** Runs before every handler here: the figures are the handlers'. */
    @ModelAttribute
    void handlersOnly(@AuthenticationPrincipal CurrentUser user) {
        access.require(user, AppealsModule.HANDLE);
    }

    @GetMapping
    String show(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long orgId, Model model, Locale locale) {
        AppealStatistics.Statistics stats = statistics.of(statistics.defaults(from, to, orgId));
        Map<String, String> categoryNames = management.categoryNames(locale);
        model.addAttribute("stats", stats);
        model.addAttribute("categoryNames", categoryNames);
        model.addAttribute("orgs", orgManagement.tree());
        model.addAttribute("chart", chart(stats, categoryNames));
        return "appeals/stats";
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long orgId, HttpServletResponse response, Locale locale) throws IOException {
        AppealStatistics.Statistics stats = statistics.of(statistics.defaults(from, to, orgId));
        Map<String, String> categoryNames = management.categoryNames(locale);
        String totalLabel = messages.getMessage("appeal.stats.total", null, locale);
        var export = ExcelExport.of(AppealStatistics.Figures.class)
                .sheet(messages.getMessage("appeal.stats.title", null, locale))
                .column("appeal.org", f -> f.orgId() == null ? totalLabel : f.orgName())
                .column("appeal.stats.volume", AppealStatistics.Figures::total);
        // a category's name is no message key: the export falls back to the name itself as the header
        categoryNames.forEach((code, name) -> export.column(name, f -> f.byCategory().getOrDefault(code, 0L)));
        export.column("appeal.stats.closed", AppealStatistics.Figures::closed)
                .column("appeal.stats.replied", AppealStatistics.Figures::replied)
                .column("appeal.stats.onTimeRate", f -> f.onTimeRate() == null ? null : Math.round(f.onTimeRate() * 1000) / 10.0)
                .column("appeal.stats.averageRating", f -> f.averageRating() == null ? null : Math.round(f.averageRating() * 100) / 100.0)
                .column("appeal.stats.open", AppealStatistics.Figures::open)
                .column("appeal.stats.overdue", AppealStatistics.Figures::overdue);
        List<AppealStatistics.Figures> rows = new ArrayList<>(stats.orgs());
        rows.add(stats.total());
        export.send(response, messages.getMessage("appeal.stats.filename", null, locale) + ".xlsx", rows, messages, locale);
    }

    /** What the chart draws: volume per org, stacked by category; read by bar-chart.js from a data- attribute. */
    private String chart(AppealStatistics.Statistics stats, Map<String, String> categoryNames) {
        List<String> orgNames = stats.orgs().stream().map(AppealStatistics.Figures::orgName).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        categoryNames.forEach((code, name) -> {
            List<Long> data = stats.orgs().stream().map(f -> f.byCategory().getOrDefault(code, 0L)).toList();
            if (data.stream().anyMatch(n -> n > 0)) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("name", name);
                one.put("data", data);
                series.add(one);
            }
        });
        return json.writeValueAsString(Map.of("labels", orgNames, "series", series, "stacked", true));
    }
}
