package org.workershome.hardship;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.excel.ExcelExport;
import org.workershome.core.form.Forms;
import org.workershome.core.org.OrgDirectory;

/** Hardship pages beyond one file: the public notice with its objections, the pools, and the Excel exports. */
@Controller
@RequestMapping("/hardship")
class HardshipListController {

    private final HardshipNotices notices;
    private final HardshipPools pools;
    private final HardshipDisclosures disclosures;
    private final OrgDirectory orgDirectory;
    private final MessageSource messages;
    private final Forms forms;

    HardshipListController(HardshipNotices notices, HardshipPools pools, HardshipDisclosures disclosures,
            OrgDirectory orgDirectory, MessageSource messages, Forms forms) {
        this.forms = forms;
        this.notices = notices;
        this.pools = pools;
        this.disclosures = disclosures;
        this.orgDirectory = orgDirectory;
        this.messages = messages;
    }

    /** The pools (库): files closed, and families that left hardship; masked, by org and year closed. */
    @GetMapping("/pools")
    String pools(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String pool,
            @RequestParam(required = false) Long orgId, @RequestParam(required = false) Integer year, Model model) {
        HardshipPools.Pool which = HardshipPools.Pool.of(pool);
        List<HardshipPools.PoolRow> all = pools.list(user, which, null, year);
        model.addAttribute("pool", which);
        model.addAttribute("pools", HardshipPools.Pool.values());
        model.addAttribute("rows", orgId == null ? all : pools.list(user, which, orgId, year));
        model.addAttribute("orgOptions", new TreeMap<>(orgDirectory.namesOf(
                all.stream().map(HardshipPools.PoolRow::orgId).distinct().toList())));
        model.addAttribute("orgId", orgId);
        model.addAttribute("year", year);
        return "hardship/pools";
    }

    @GetMapping("/pools/export.xlsx")
    void exportPool(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String pool,
            @RequestParam(required = false) Long orgId, @RequestParam(required = false) Integer year,
            HttpServletResponse response, Locale locale) throws IOException {
        HardshipPools.Pool which = HardshipPools.Pool.of(pool);
        List<HardshipPools.PoolRow> rows = pools.export(user, which, orgId, year);
        ExcelExport.of(HardshipPools.PoolRow.class).sheet(text("hardship.pool." + which, locale))
                .column("hardship.fileNo", HardshipPools.PoolRow::fileNo)
                .column("hardship.member", HardshipPools.PoolRow::memberName)
                .column("hardship.idNumber", HardshipPools.PoolRow::idNumber)
                .column("hardship.org", HardshipPools.PoolRow::orgName)
                .column("hardship.status", r -> text("hardship.status." + r.status(), locale))
                .column("hardship.grade", r -> r.grade() == null ? null : text("hardship.grade." + r.grade(), locale))
                .column("hardship.causes", r -> String.join("、", r.causes().stream()
                        .map(c -> text("hardship.cause." + c, locale)).toList()))
                .column("hardship.approvedAt", HardshipPools.PoolRow::approvedAt)
                .column("hardship.closedAt", HardshipPools.PoolRow::closedAt)
                .column("hardship.closeReason", HardshipPools.PoolRow::closeReason)
                .column("hardship.reopenedAs", HardshipPools.PoolRow::reopenedAsNo)
                .send(response, text("hardship.pool." + which, locale) + ".xlsx", rows, messages, locale);
    }

    @GetMapping("/notices")
    String notice(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("entries", notices.noticeOf(user));
        model.addAttribute("orgName", orgDirectory.nameOf(user.orgId()));
        return "hardship/notices";
    }

    @PostMapping("/notices/{fileId}/objections")
    String object(@AuthenticationPrincipal CurrentUser user, @PathVariable Long fileId, @RequestParam String text,
            Model model) {
        return forms.submit(model, () -> {
            notices.object(user, fileId, text);
            return "redirect:/hardship/notices?objected";
        }, () -> {
            model.addAttribute("entries", notices.noticeOf(user));
            model.addAttribute("orgName", orgDirectory.nameOf(user.orgId()));
            model.addAttribute("failedFile", fileId);
            return "hardship/notices";
        });
    }

    /** Files or aid in scope as Excel: masked; {@code full=true} unmasked for those who may see it (audited). */
    @GetMapping("/export.xlsx")
    void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "files") String what,
            @RequestParam(defaultValue = "false") boolean full, HttpServletResponse response, Locale locale)
            throws IOException {
        if ("aid".equals(what)) {
            List<HardshipDisclosures.AidRow> rows = disclosures.exportAid(user);
            ExcelExport.of(HardshipDisclosures.AidRow.class).sheet(text("hardship.aid", locale))
                    .column("hardship.fileNo", HardshipDisclosures.AidRow::fileNo)
                    .column("hardship.member", HardshipDisclosures.AidRow::memberName)
                    .column("hardship.org", r -> orgDirectory.nameOf(r.orgId()))
                    .column("hardship.aid.type", r -> text("hardship.aidType." + r.type(), locale))
                    .column("hardship.aid.amount", HardshipDisclosures.AidRow::amount)
                    .column("hardship.aid.description", HardshipDisclosures.AidRow::description)
                    .column("hardship.aid.fund", HardshipDisclosures.AidRow::fundName)
                    .column("hardship.aid.date", HardshipDisclosures.AidRow::date)
                    .column("hardship.aid.handler", HardshipDisclosures.AidRow::handler)
                    .send(response, text("hardship.export.aidName", locale) + ".xlsx", rows, messages, locale);
            return;
        }
        List<HardshipDisclosures.FileRow> rows = disclosures.exportFiles(user, full);
        ExcelExport.of(HardshipDisclosures.FileRow.class).sheet(text("hardship.list.title", locale))
                .column("hardship.fileNo", HardshipDisclosures.FileRow::fileNo)
                .column("hardship.member", HardshipDisclosures.FileRow::memberName)
                .column("hardship.org", r -> orgDirectory.nameOf(r.orgId()))
                .column("hardship.status", r -> text("hardship.status." + r.status(), locale))
                .column("hardship.grade", r -> r.grade() == null ? null : text("hardship.grade." + r.grade(), locale))
                .column("hardship.causes", r -> String.join("、", r.causes().stream()
                        .map(c -> text("hardship.cause." + c, locale)).toList()))
                .column("hardship.idNumber", HardshipDisclosures.FileRow::idNumber)
                .column("hardship.phone", HardshipDisclosures.FileRow::phone)
                .column("hardship.householdSize", HardshipDisclosures.FileRow::householdSize)
                .column("hardship.income", HardshipDisclosures.FileRow::income)
                .column("hardship.eligibility", r -> text(r.belowLine() ? "hardship.eligibility.below"
                        : "hardship.eligibility.above", locale))
                .column("hardship.appliedAt", HardshipDisclosures.FileRow::appliedAt)
                .column("hardship.approvedAt", HardshipDisclosures.FileRow::approvedAt)
                .send(response, text("hardship.export.filesName", locale) + ".xlsx", rows, messages, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
