package org.workershome.insight;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.error.NotFound;
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.module.InsightMetric;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.org.OrgDirectory.OrgSummary;
import org.workershome.core.scope.DataScope;

import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard of an org's subtree (the reader's own org, or the national union for a reader of everything), its
 * children to drill into, a month range, a chart and an Excel export per section. Every org asked for, by link or
 * typed into the address, is checked against the reader's scope first (403 outside it).
 */
@Controller
@RequestMapping("/insight")
class InsightController {

    private static final int MAX_MONTHS = 60;

    private final InsightDashboards dashboards;
    private final InsightRefreshJob job;
    private final OrgDirectory orgs;
    private final Access access;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;
    private final long intervalMinutes;

    InsightController(InsightDashboards dashboards, InsightRefreshJob job, OrgDirectory orgs, Access access,
            AuditTrail audit, MessageSource messages, JsonMapper json, Clock clock, InsightProperties properties) {
        this.intervalMinutes = Math.max(1, properties.interval().toMinutes());
        this.dashboards = dashboards;
        this.job = job;
        this.orgs = orgs;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    record Range(YearMonth from, YearMonth to, boolean invalid) {}

    /** A table row as the page shows it: the numbers formatted here, once, rather than cell by cell in the template. */
    record Row(Long orgId, String name, List<String> cells) {}

    private static Row row(InsightDashboards.Section section, InsightDashboards.Line line) {
        List<String> cells = new ArrayList<>(section.metrics().size());
        for (InsightMetric metric : section.metrics()) {
            BigDecimal value = line.values().get(metric.key());
            cells.add(value == null ? "–" : metric.money() || metric.per() != null
                    ? String.format(Locale.ROOT, "%,.2f", value) : String.format(Locale.ROOT, "%,d", value.longValue()));
        }
        return new Row(line.orgId(), line.name(), cells);
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
            Locale locale) {
        OrgSummary shown = orgFor(user, org);
        Range range = range(from, to);
        InsightDashboards.Dashboard dashboard = dashboards.of(shown, drillable(user, shown), range.from(), range.to(),
                null);
        Map<String, String> charts = new LinkedHashMap<>();
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        for (InsightDashboards.Section section : dashboard.sections()) {
            charts.put(section.module(), chart(section, locale));
            List<Row> rows = new ArrayList<>();
            section.children().forEach(l -> rows.add(row(section, l)));
            rows.add(row(section, section.total()));
            tables.put(section.module(), rows);
        }
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("charts", charts);
        model.addAttribute("tables", tables);
        model.addAttribute("intervalMinutes", intervalMinutes);
        model.addAttribute("rangeInvalid", range.invalid());
        model.addAttribute("trail", trail(user, shown));
        return "insight/dashboard";
    }

    @GetMapping("/export.xlsx")
    void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
            @RequestParam String module, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response, Locale locale) throws IOException {
        OrgSummary shown = orgFor(user, org);
        Range range = range(from, to);
        InsightDashboards.Section section = dashboards
                .of(shown, drillable(user, shown), range.from(), range.to(), module)
                .sections().stream().findFirst().orElseThrow(NotFound.of("insight", module));
        audit.record("INSIGHT_EXPORT", "insight", null, shown.id(), module + " " + range.from() + ".." + range.to());
        ExcelExport<InsightDashboards.Line> sheet = ExcelExport.of(InsightDashboards.Line.class)
                .sheet(text(module + ".insight", locale)).column("insight.org", InsightDashboards.Line::name);
        for (InsightMetric metric : section.metrics()) {
            sheet.column(metric.key(), l -> cell(metric, l.values().get(metric.key())));
        }
        List<InsightDashboards.Line> lines = new ArrayList<>(section.children());
        lines.add(new InsightDashboards.Line(shown.id(), text("insight.total", locale) + " " + shown.name(),
                section.total().values()));
        sheet.send(response, text(module + ".insight", locale) + " " + range.from() + "_" + range.to() + ".xlsx",
                lines, messages, locale);
    }

    @PostMapping("/rebuild")
    String rebuild(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        access.require(user, InsightModule.REBUILD);
        job.rebuildLater();
        audit.record("INSIGHT_REBUILD", "insight", null, user.orgId(), null);
        redirect.addFlashAttribute("flash", text("insight.rebuild.started", locale));
        return "redirect:/insight";
    }

    /** The org asked for, or the reader's own (the national union for a reader of all); 403 outside the scope. */
    private OrgSummary orgFor(CurrentUser user, Long asked) {
        access.require(user, InsightModule.VIEW);
        Long id = asked;
        if (id == null) {
            List<OrgSummary> chain = orgs.selfAndAncestors(user.orgId());
            boolean national = user.dataScope() == DataScope.ALL && !chain.isEmpty();
            id = national ? chain.get(chain.size() - 1).id() : user.orgId();
        }
        OrgSummary org = orgs.find(id).orElseThrow(NotFound.of("org", id));
        access.require(user, InsightModule.VIEW, org.id());
        return org;
    }

    /** The children the reader may open (all of them, unless his scope is his org alone). */
    private List<OrgSummary> drillable(CurrentUser user, OrgSummary org) {
        return orgs.childrenOf(org.id()).stream().filter(c -> access.covers(user, c.id())).toList();
    }

    /** The orgs from the reader's top down to the one shown, for the way back up. */
    private List<OrgSummary> trail(CurrentUser user, OrgSummary org) {
        List<OrgSummary> up = new ArrayList<>(orgs.selfAndAncestors(org.id()).stream()
                .filter(o -> access.covers(user, o.id())).toList());
        java.util.Collections.reverse(up);
        return up;
    }

    /** The months asked for (yyyy-MM; ends swapped if reversed, at most five years), or the last twelve. */
    Range range(String from, String to) {
        YearMonth current = Periods.monthOf(clock.instant());
        boolean invalid = false;
        YearMonth end = current;
        YearMonth start = null;
        try {
            if (to != null && !to.isBlank()) {
                end = YearMonth.parse(to.trim());
            }
            if (from != null && !from.isBlank()) {
                start = YearMonth.parse(from.trim());
            }
        } catch (DateTimeParseException e) {
            invalid = true;
            end = current;
            start = null;
        }
        if (start == null) {
            start = end.minusMonths(11);
        }
        if (start.isAfter(end)) {
            YearMonth swap = start;
            start = end;
            end = swap;
        }
        if (start.isBefore(end.minusMonths(MAX_MONTHS - 1L))) {
            start = end.minusMonths(MAX_MONTHS - 1L);
        }
        return new Range(start, end, invalid);
    }

    /** The section's counts per child org, one bar per count (sums of money and averages are left to the table). */
    private String chart(InsightDashboards.Section section, Locale locale) {
        List<String> labels = section.children().stream().map(InsightDashboards.Line::name).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (InsightMetric metric : section.metrics()) {
            if (metric.money() || metric.per() != null) {
                continue;
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", text(metric.key(), locale));
            one.put("data", section.children().stream()
                    .map(l -> l.values().getOrDefault(metric.key(), BigDecimal.ZERO).longValue()).toList());
            series.add(one);
        }
        return json.writeValueAsString(Map.of("labels", labels, "series", series, "stacked", false));
    }

    /** Counts as whole numbers, yuan and averages with their two decimals, nothing to divide by as an empty cell. */
    private static Object cell(InsightMetric metric, BigDecimal value) {
        return value == null || metric.money() || metric.per() != null ? value : (Object) value.longValue();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
