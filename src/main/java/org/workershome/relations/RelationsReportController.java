package org.workershome.relations;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.crypto.Masks;
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.org.OrgDirectory;

import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics page (a table readable without script, and charts drawn by core's bar-chart.js) and the Excel
 * exports of disputes and warnings, in the reader's scope; the worker's name masked, each export audited.
 */
@Controller
@RequestMapping("/relations")
class RelationsReportController {

    private final RelationsStatistics statistics;
    private final RelationsRecords records;
    private final OrgDirectory orgs;
    private final MessageSource messages;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Access access;

    RelationsReportController(RelationsStatistics statistics, RelationsRecords records, OrgDirectory orgs,
            MessageSource messages, JsonMapper json, AuditTrail audit, Access access) {
        this.statistics = statistics;
        this.records = records;
        this.orgs = orgs;
        this.messages = messages;
        this.json = json;
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/statistics")
    String show(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model, Locale locale) {
        records.requireReader(user);
        RelationsStatistics.Statistics stats = statistics.of(statistics.range(from, to));
        model.addAttribute("stats", stats);
        model.addAttribute("levels", List.of(RiskLevel.BLUE, RiskLevel.YELLOW, RiskLevel.ORANGE, RiskLevel.RED));
        model.addAttribute("causeChart", causeChart(stats, locale));
        model.addAttribute("warningChart", warningChart(stats, locale));
        return "relations/statistics";
    }

    @GetMapping("/disputes/export.xlsx")
    void disputes(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response, Locale locale)
            throws IOException {
        records.requireDisputes(user);
        List<Dispute> rows = records.disputes();
        audit.record("RELATIONS_DISPUTE_EXPORT", Dispute.TIMELINE, null, user.orgId(), rows.size() + " disputes");
        ExcelExport.of(Dispute.class).sheet(text("relations.disputes", locale))
                .column("relations.export.id", Dispute::getId)
                .column("relations.org", d -> orgs.nameOf(d.getOrgId()))
                .column("relations.dispute.workerParty", d -> Masks.name(d.getWorkerParty()))
                .column("relations.dispute.employerParty", Dispute::getEmployerParty)
                .column("relations.dispute.cause", d -> text("relations.dispute.cause." + d.getCause(), locale))
                .column("relations.dispute.source", d -> text("relations.dispute.source." + d.getSource(), locale))
                .column("relations.status", d -> text("relations.dispute.status." + d.getStatus(), locale))
                .column("relations.dispute.amount", Dispute::getAmount)
                .column("relations.dispute.agreedAmount", Dispute::getAgreedAmount)
                .column("relations.dispute.performance", d -> d.getPerformance() == null ? null
                        : text("relations.followUp.result." + d.getPerformance(), locale))
                .column("relations.dispute.acceptedAt", Dispute::getAcceptedAt)
                .column("relations.dueAt", Dispute::getDueAt)
                .column("relations.dispute.closedAt", Dispute::getClosedAt)
                .column("relations.dispute.mediator", Dispute::getMediatorName)
                .column("relations.dispute.appeal", Dispute::getAppealTrackingNo)
                .send(response, text("relations.export.disputes", locale) + ".xlsx", rows, messages, locale);
    }

    @GetMapping("/warnings/export.xlsx")
    void warnings(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response, Locale locale)
            throws IOException {
        access.require(user, RelationsModule.SCREEN);
        List<Warning> rows = records.warnings();
        audit.record("RELATIONS_WARNING_EXPORT", Warning.TIMELINE, null, user.orgId(), rows.size() + " warnings");
        ExcelExport.of(Warning.class).sheet(text("relations.warnings", locale))
                .column("relations.export.id", Warning::getId)
                .column("relations.org", w -> orgs.nameOf(w.getOrgId()))
                .column("relations.level", w -> text("relations.level." + w.getLevel(), locale))
                .column("relations.export.previousLevel", w -> text("relations.level." + w.getPreviousLevel(), locale))
                .column("relations.score", Warning::getScore)
                .column("relations.status", w -> text("relations.warning.status." + w.getStatus(), locale))
                .column("relations.export.raisedAt", Warning::getRaisedAt)
                .column("relations.dueAt", Warning::getDueAt)
                .column("relations.export.acknowledgedAt", Warning::getAcknowledgedAt)
                .column("relations.export.planAt", Warning::getPlanAt)
                .column("relations.export.escalatedAt", Warning::getEscalatedAt)
                .column("relations.export.closedAt", Warning::getClosedAt)
                .send(response, text("relations.export.warnings", locale) + ".xlsx", rows, messages, locale);
    }

    /** Disputes per cause, stacked by how they stand. */
    private String causeChart(RelationsStatistics.Statistics stats, Locale locale) {
        List<String> labels = stats.causes().stream()
                .map(c -> text("relations.dispute.cause." + c.cause(), locale)).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(series(text("relations.stats.agreed", locale),
                stats.causes().stream().map(RelationsStatistics.CauseFigures::agreed).toList()));
        series.add(series(text("relations.stats.failed", locale),
                stats.causes().stream().map(RelationsStatistics.CauseFigures::failed).toList()));
        series.add(series(text("relations.stats.withdrawn", locale),
                stats.causes().stream().map(RelationsStatistics.CauseFigures::withdrawn).toList()));
        series.add(series(text("relations.stats.open", locale),
                stats.causes().stream().map(RelationsStatistics.CauseFigures::open).toList()));
        return json.writeValueAsString(Map.of("labels", labels, "series", series, "stacked", true));
    }

    /** Warnings raised per month, stacked by level. */
    private String warningChart(RelationsStatistics.Statistics stats, Locale locale) {
        List<String> labels = stats.warnings().stream().map(m -> m.month().toString()).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (RiskLevel level : List.of(RiskLevel.BLUE, RiskLevel.YELLOW, RiskLevel.ORANGE, RiskLevel.RED)) {
            series.add(series(text("relations.level." + level, locale),
                    stats.warnings().stream().map(m -> m.byLevel().get(level)).toList()));
        }
        return json.writeValueAsString(Map.of("labels", labels, "series", series, "stacked", true));
    }

    private static Map<String, Object> series(String name, List<Long> data) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("name", name);
        one.put("data", data);
        return one;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
