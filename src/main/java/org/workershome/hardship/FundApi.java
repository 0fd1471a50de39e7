package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.org.OrgDirectory;

/** Funds, allocations, reconciliation, projects, the public notice, figures and 低保线 for mobile clients. */
@RestController
class FundApi {

    private final AidManagement aid;
    private final HardshipManagement management;
    private final HardshipNotices notices;
    private final OrgDirectory orgDirectory;

    FundApi(AidManagement aid, HardshipManagement management, HardshipNotices notices, OrgDirectory orgDirectory) {
        this.aid = aid;
        this.management = management;
        this.notices = notices;
        this.orgDirectory = orgDirectory;
    }

    record NewFund(Long orgId, Integer year, String name, BigDecimal budget) {}

    record Money(BigDecimal amount, String note) {}

    record NewAllocation(Long toOrgId, BigDecimal amount, String note) {}

    record EntryView(Long id, String kind, BigDecimal amount, Long counterpartFundId, Long aidId, String note,
            Instant bookedAt, Long reversedEntryId) {
        static EntryView of(FundEntry e) {
            return new EntryView(e.getId(), e.getKind().name(), e.getAmount(), e.getCounterpartFundId(), e.getAidId(),
                    e.getNote(), e.getBookedAt(), e.getReversedEntryId());
        }
    }

    record Reversal(String reason) {}

    record FundView(Long id, Long orgId, String orgName, int year, String name, BigDecimal balance, String balanceText,
            List<EntryView> ledger) {}

    record NewProject(String name, AidType kind, String description, BigDecimal budget) {}

    record ProjectAction(HardshipProject.Action action, String note) {}

    record ProjectView(Long id, Long orgId, String orgName, String name, String kind, String description,
            BigDecimal budget, String status, String decisionNote, List<AidManagement.Beneficiary> beneficiaries) {}

    record Objection(String text) {}

    record LineBody(String name, BigDecimal monthlyLine) {}

    @GetMapping("/api/v1/hardship-funds")
    List<FundView> funds(@AuthenticationPrincipal CurrentUser user) {
        return aid.fundsInScope().stream().map(f -> view(f, false)).toList();
    }

    @PostMapping("/api/v1/hardship-funds")
    ResponseEntity<FundView> create(@AuthenticationPrincipal CurrentUser user, @RequestBody NewFund body) {
        Fund fund = aid.createFund(user, body.orgId(), body.year(), body.name(), body.budget());
        return ResponseEntity.status(201).body(view(fund, true));
    }

    @GetMapping("/api/v1/hardship-funds/{id}")
    FundView fund(@PathVariable Long id) {
        return view(aid.fund(id), true);
    }

    @PostMapping("/api/v1/hardship-funds/{id}/budget")
    FundView budget(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody Money body) {
        return view(aid.addBudget(user, id, body.amount(), body.note()), true);
    }

    @PostMapping("/api/v1/hardship-funds/{id}/allocations")
    ResponseEntity<FundView> allocate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody NewAllocation body) {
        Fund to = aid.allocate(user, id, body.toOrgId(), body.amount(), body.note());
        return ResponseEntity.status(201).body(view(to, false));
    }

    /** 冲正: reverses a wrong line (budget, aid payment, allocation) with a reason → 201 the reversal line(s). */
    @PostMapping("/api/v1/hardship-funds/{id}/entries/{entryId}/reversal")
    ResponseEntity<List<EntryView>> reverse(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long entryId, @RequestBody Reversal body) {
        return ResponseEntity.status(201).body(aid.reverse(user, id, entryId, body == null ? null : body.reason())
                .stream().map(EntryView::of).toList());
    }

    /** 冲正 of an aid payment, addressed by the aid record. */
    @PostMapping("/api/v1/hardship-files/{fileId}/aid/{aidId}/reversal")
    ResponseEntity<List<EntryView>> reverseAid(@AuthenticationPrincipal CurrentUser user, @PathVariable Long fileId,
            @PathVariable Long aidId, @RequestBody Reversal body) {
        return ResponseEntity.status(201).body(aid.reverseAid(user, fileId, aidId, body == null ? null : body.reason())
                .stream().map(EntryView::of).toList());
    }

    @GetMapping("/api/v1/hardship-funds/{id}/reconciliation")
    AidManagement.Reconciliation reconciliation(@PathVariable Long id) {
        return aid.reconcile(id);
    }

    @GetMapping("/api/v1/hardship-projects")
    List<ProjectView> projects() {
        return aid.projectsInScope().stream().map(p -> view(p, false)).toList();
    }

    @PostMapping("/api/v1/hardship-projects")
    ResponseEntity<ProjectView> applyProject(@AuthenticationPrincipal CurrentUser user, @RequestBody NewProject body) {
        HardshipProject p = aid.applyProject(user, body.name(), body.kind(), body.description(), body.budget());
        return ResponseEntity.status(201).body(view(p, false));
    }

    @GetMapping("/api/v1/hardship-projects/{id}")
    ProjectView project(@PathVariable Long id) {
        return view(aid.project(id), true);
    }

    @PostMapping("/api/v1/hardship-projects/{id}/actions")
    ProjectView decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody ProjectAction body) {
        return view(aid.decideProject(user, id, body.action(), body.note()), true);
    }

    @GetMapping("/api/v1/hardship-notices")
    List<HardshipNotices.NoticeEntry> notice(@AuthenticationPrincipal CurrentUser user) {
        return notices.noticeOf(user);
    }

    @PostMapping("/api/v1/hardship-notices/{fileId}/objections")
    ResponseEntity<Void> object(@AuthenticationPrincipal CurrentUser user, @PathVariable Long fileId,
            @RequestBody Objection body) {
        notices.object(user, fileId, body.text());
        return ResponseEntity.status(201).build();
    }

    @GetMapping("/api/v1/hardship-stats/aid-per-year")
    List<AidManagement.YearFigures> aidPerYear() {
        return aid.aidPerOrgAndYear();
    }

    @GetMapping("/api/v1/hardship-poverty-lines")
    List<PovertyLine> povertyLines() {
        return management.povertyLines();
    }

    @PutMapping("/api/v1/hardship-poverty-lines/{region}")
    PovertyLine setPovertyLine(@AuthenticationPrincipal CurrentUser user, @PathVariable String region,
            @RequestBody LineBody body) {
        return management.setPovertyLine(user, region, body.name(), body.monthlyLine());
    }

    private FundView view(Fund f, boolean withLedger) {
        BigDecimal balance = aid.balanceOf(f);
        return new FundView(f.getId(), f.getOrgId(), orgDirectory.nameOf(f.getOrgId()), f.getFundYear(), f.getName(),
                balance, org.workershome.hardship.Money.format(balance), withLedger ? aid.ledger(f).stream()
                        .map(EntryView::of).toList() : List.of());
    }

    private ProjectView view(HardshipProject p, boolean withBeneficiaries) {
        return new ProjectView(p.getId(), p.getOrgId(), orgDirectory.nameOf(p.getOrgId()), p.getName(), p.getKind().name(),
                p.getDescription(), p.getBudget(), p.getStatus().name(), p.getDecisionNote(),
                withBeneficiaries ? aid.beneficiaries(p) : List.of());
    }
}
