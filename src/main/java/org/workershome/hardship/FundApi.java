package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgDirectory;

/** Funds, allocations, reconciliation, projects, the public notice, figures and 低保线 for mobile clients. */
@RestController
class FundApi {

    private final FundManagement funds;
    private final FundReconciliation reconciliation;
    private final HardshipProjectManagement projects;
    private final HardshipNotices notices;
    private final HardshipQueries queries;
    private final PovertyLineManagement povertyLines;
    private final IdempotentSubmissions submissions;
    private final OrgDirectory orgDirectory;

    FundApi(FundManagement funds, FundReconciliation reconciliation, HardshipProjectManagement projects,
            HardshipNotices notices, HardshipQueries queries, PovertyLineManagement povertyLines,
            IdempotentSubmissions submissions, OrgDirectory orgDirectory) {
        this.funds = funds;
        this.reconciliation = reconciliation;
        this.projects = projects;
        this.notices = notices;
        this.queries = queries;
        this.povertyLines = povertyLines;
        this.submissions = submissions;
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
            BigDecimal budget, String status, String decisionNote, List<FundReconciliation.Beneficiary> beneficiaries) {}

    record Objection(String text) {}

    record LineBody(String name, BigDecimal monthlyLine) {}

    @GetMapping("/api/v1/hardship-funds")
    List<FundView> funds(@AuthenticationPrincipal CurrentUser user) {
        return funds.fundsInScope().stream().map(f -> view(f, false)).toList();
    }

    /** {@code Idempotency-Key}: a retry answers the fund opened first (200). */
    @PostMapping("/api/v1/hardship-funds")
    ResponseEntity<FundView> create(@AuthenticationPrincipal CurrentUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody NewFund body) {
        var submission = submissions.submit(key, "hardship.fund",
                () -> funds.createFund(user, body.orgId(), body.year(), body.name(), body.budget()), Fund::getId,
                id -> Optional.of(funds.fund(Long.valueOf(id))));
        return ResponseEntity.status(submission.replayed() ? 200 : 201).body(view(submission.value(), true));
    }

    @GetMapping("/api/v1/hardship-funds/{id}")
    FundView fund(@PathVariable Long id) {
        return view(funds.fund(id), true);
    }

    @PostMapping("/api/v1/hardship-funds/{id}/budget")
    FundView budget(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody Money body) {
        return view(funds.addBudget(user, id, body.amount(), body.note()), true);
    }

    @PostMapping("/api/v1/hardship-funds/{id}/allocations")
    ResponseEntity<FundView> allocate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody NewAllocation body) {
        Fund to = funds.allocate(user, id, body.toOrgId(), body.amount(), body.note());
        return ResponseEntity.status(201).body(view(to, false));
    }

    /** 冲正: reverses a wrong line (budget, aid payment, allocation) with a reason → 201 the reversal line(s). */
    @PostMapping("/api/v1/hardship-funds/{id}/entries/{entryId}/reversal")
    ResponseEntity<List<EntryView>> reverse(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long entryId, @RequestBody Reversal body) {
        return ResponseEntity.status(201).body(funds.reverse(user, id, entryId, body == null ? null : body.reason())
                .stream().map(EntryView::of).toList());
    }

    /** 冲正 of an aid payment, addressed by the aid record. */
    @PostMapping("/api/v1/hardship-files/{fileId}/aid/{aidId}/reversal")
    ResponseEntity<List<EntryView>> reverseAid(@AuthenticationPrincipal CurrentUser user, @PathVariable Long fileId,
            @PathVariable Long aidId, @RequestBody Reversal body) {
        return ResponseEntity.status(201).body(funds.reverseAid(user, fileId, aidId, body == null ? null : body.reason())
                .stream().map(EntryView::of).toList());
    }

    @GetMapping("/api/v1/hardship-funds/{id}/reconciliation")
    FundReconciliation.Reconciliation reconciliation(@PathVariable Long id) {
        return reconciliation.reconcile(id);
    }

    @GetMapping("/api/v1/hardship-projects")
    List<ProjectView> projects() {
        return projects.projectsInScope().stream().map(p -> view(p, false)).toList();
    }

    /** {@code Idempotency-Key}: a retry answers the project applied for first (200). */
    @PostMapping("/api/v1/hardship-projects")
    ResponseEntity<ProjectView> applyProject(@AuthenticationPrincipal CurrentUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody NewProject body) {
        var submission = submissions.submit(key, "hardship.project",
                () -> projects.applyProject(user, body.name(), body.kind(), body.description(), body.budget()),
                HardshipProject::getId, id -> Optional.of(projects.project(Long.valueOf(id))));
        return ResponseEntity.status(submission.replayed() ? 200 : 201).body(view(submission.value(), false));
    }

    @GetMapping("/api/v1/hardship-projects/{id}")
    ProjectView project(@PathVariable Long id) {
        return view(projects.project(id), true);
    }

    @PostMapping("/api/v1/hardship-projects/{id}/actions")
    ProjectView decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody ProjectAction body) {
        return view(projects.decideProject(user, id, body.action(), body.note()), true);
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
    List<HardshipQueries.YearFigures> aidPerYear() {
        return queries.aidPerOrgAndYear();
    }

    @GetMapping("/api/v1/hardship-poverty-lines")
    List<PovertyLine> povertyLines() {
        return povertyLines.all();
    }

    @PutMapping("/api/v1/hardship-poverty-lines/{region}")
    PovertyLine setPovertyLine(@AuthenticationPrincipal CurrentUser user, @PathVariable String region,
            @RequestBody LineBody body) {
        return povertyLines.set(user, region, body.name(), body.monthlyLine());
    }

    private FundView view(Fund f, boolean withLedger) {
        BigDecimal balance = funds.balanceOf(f);
        return new FundView(f.getId(), f.getOrgId(), orgDirectory.nameOf(f.getOrgId()), f.getFundYear(), f.getName(),
                balance, org.workershome.hardship.Money.format(balance), withLedger ? funds.ledger(f).stream()
                        .map(EntryView::of).toList() : List.of());
    }

    private ProjectView view(HardshipProject p, boolean withBeneficiaries) {
        return new ProjectView(p.getId(), p.getOrgId(), orgDirectory.nameOf(p.getOrgId()), p.getName(), p.getKind().name(),
                p.getDescription(), p.getBudget(), p.getStatus().name(), p.getDecisionNote(),
                withBeneficiaries ? projects.beneficiaries(p) : List.of());
    }
}
