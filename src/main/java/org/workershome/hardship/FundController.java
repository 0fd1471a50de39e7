package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.org.OrgDirectory.OrgSummary;
import org.workershome.core.scope.DataScope;
import org.workershome.core.time.Times;

/** Pages for funds (ledger, allocation, reconciliation), 低保线, yearly figures and projects. */
@Controller
class FundController {

    private final FundManagement funds;
    private final FundReconciliation reconciliation;
    private final HardshipProjectManagement projects;
    private final HardshipQueries queries;
    private final PovertyLineManagement povertyLines;
    private final OrgDirectory orgDirectory;
    private final IdempotentSubmissions submissions;
    private final Access access;

    FundController(FundManagement funds, FundReconciliation reconciliation, HardshipProjectManagement projects,
            HardshipQueries queries, PovertyLineManagement povertyLines, OrgDirectory orgDirectory,
            IdempotentSubmissions submissions, Access access) {
        this.funds = funds;
        this.reconciliation = reconciliation;
        this.projects = projects;
        this.queries = queries;
        this.povertyLines = povertyLines;
        this.orgDirectory = orgDirectory;
        this.submissions = submissions;
        this.access = access;
    }

    @GetMapping("/hardship/funds")
    String funds(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<Fund> list = funds.fundsInScope();
        Map<Long, String> balances = new LinkedHashMap<>();
        list.forEach(f -> balances.put(f.getId(), Money.format(funds.balanceOf(f))));
        model.addAttribute("funds", list);
        model.addAttribute("balances", balances);
        model.addAttribute("orgNames", orgDirectory);
        model.addAttribute("orgs", subtree(scopeRoot(user)));
        model.addAttribute("year", LocalDate.now(Times.ZONE).getYear());
        model.addAttribute("lines", povertyLines.all());
        model.addAttribute("figures", queries.aidPerOrgAndYear());
        model.addAttribute("manager", access.may(user, HardshipModule.MANAGE_FUNDS, user.orgId()));
        model.addAttribute("requestToken", UUID.randomUUID().toString());
        return "hardship/funds";
    }

    /** {@code requestToken}: a resent form opens the fund once. */
    @PostMapping("/hardship/funds")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String name,
            @RequestParam(required = false) String budget, @RequestParam(required = false) String requestToken,
            Model model) {
        try {
            BigDecimal money = amount(budget, "budget");
            Fund fund = submissions.submit(requestToken, "hardship.fund",
                    () -> funds.createFund(user, orgId, year, name, money), Fund::getId,
                    id -> Optional.of(funds.fund(Long.valueOf(id)))).value();
            return "redirect:/hardship/funds/" + fund.getId();
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.fieldErrors());
            return funds(user, model);
        }
    }

    @GetMapping("/hardship/funds/{id}")
    String fund(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Fund fund = funds.fund(id);
        model.addAttribute("fund", fund);
        model.addAttribute("balance", Money.format(funds.balanceOf(fund)));
        List<FundEntry> ledger = funds.ledger(fund);
        model.addAttribute("ledger", ledger);
        model.addAttribute("reversedIds", funds.reversedIds(ledger));
        model.addAttribute("rec", reconciliation.reconcile(id));
        model.addAttribute("orgNames", orgDirectory);
        List<OrgSummary> below = subtree(fund.getOrgId());
        below.removeIf(o -> o.id().equals(fund.getOrgId()));
        model.addAttribute("below", below);
        model.addAttribute("manager", access.may(user, HardshipModule.MANAGE_FUNDS, fund.getOrgId()));
        model.addAttribute("allocationToken", UUID.randomUUID().toString());
        model.addAttribute("budgetToken", UUID.randomUUID().toString());
        return "hardship/fund";
    }

    /** 冲正 of one ledger line, with the reason. */
    @PostMapping("/hardship/funds/{id}/entries/{entryId}/reversal")
    String reverse(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long entryId,
            @RequestParam(required = false) String reason, Model model) {
        try {
            funds.reverse(user, id, entryId, reason);
            return "redirect:/hardship/funds/" + id + "?reversed";
        } catch (InvalidInput e) {
            model.addAttribute("reversalErrors", e.fieldErrors());
            model.addAttribute("failedEntry", entryId);
            return fund(user, id, model);
        }
    }

    @PostMapping("/hardship/funds/{id}/budget")
    String budget(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String amount,
            @RequestParam(required = false) String note, @RequestParam(required = false) String requestToken,
            Model model) {
        try {
            BigDecimal money = amount(amount, "amount");
            submissions.submit(requestToken, "hardship.budget", () -> funds.addBudget(user, id, money, note),
                    Fund::getId, fid -> Optional.of(funds.fund(Long.valueOf(fid))));
            return "redirect:/hardship/funds/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.fieldErrors());
            return fund(user, id, model);
        }
    }

    @PostMapping("/hardship/funds/{id}/allocations")
    String allocate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Long toOrgId, @RequestParam String amount,
            @RequestParam(required = false) String note, @RequestParam(required = false) String requestToken,
            Model model) {
        try {
            BigDecimal money = amount(amount, "amount");
            submissions.submit(requestToken, "hardship.allocate", () -> funds.allocate(user, id, toOrgId, money, note),
                    Fund::getId, fid -> Optional.of(funds.fund(Long.valueOf(fid))));
            return "redirect:/hardship/funds/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.fieldErrors());
            return fund(user, id, model);
        }
    }

    @PostMapping("/hardship/poverty-lines")
    String povertyLine(@AuthenticationPrincipal CurrentUser user, @RequestParam String regionCode,
            @RequestParam(required = false) String name, @RequestParam String monthlyLine, Model model) {
        try {
            povertyLines.set(user, regionCode, name, amount(monthlyLine, "monthlyLine"));
            return "redirect:/hardship/funds";
        } catch (InvalidInput e) {
            model.addAttribute("lineErrors", e.fieldErrors());
            return funds(user, model);
        }
    }

    @GetMapping("/hardship/projects")
    String projects(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<HardshipProject> list = projects.projectsInScope();
        Map<Long, List<FundReconciliation.Beneficiary>> beneficiaries = new LinkedHashMap<>();
        list.forEach(p -> beneficiaries.put(p.getId(), projects.beneficiaries(p)));
        model.addAttribute("projects", list);
        model.addAttribute("beneficiaries", beneficiaries);
        model.addAttribute("orgNames", orgDirectory);
        model.addAttribute("kinds", AidType.values());
        model.addAttribute("manager", access.may(user, HardshipModule.MANAGE_FUNDS, user.orgId()));
        model.addAttribute("myOrg", user.orgId());
        model.addAttribute("requestToken", UUID.randomUUID().toString());
        return "hardship/projects";
    }

    /** {@code requestToken}: a resent form applies once. */
    @PostMapping("/hardship/projects")
    String applyProject(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String name,
            @RequestParam(required = false) AidType kind, @RequestParam(required = false) String description,
            @RequestParam(required = false) String budget, @RequestParam(required = false) String requestToken,
            Model model) {
        try {
            BigDecimal money = amount(budget, "budget");
            submissions.submit(requestToken, "hardship.project",
                    () -> projects.applyProject(user, name, kind, description, money), HardshipProject::getId,
                    pid -> Optional.of(projects.project(Long.valueOf(pid))));
            return "redirect:/hardship/projects";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.fieldErrors());
            return projects(user, model);
        }
    }

    @PostMapping("/hardship/projects/{id}/actions")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam HardshipProject.Action action, @RequestParam(required = false) String note, Model model) {
        try {
            projects.decideProject(user, id, action, note);
            return "redirect:/hardship/projects";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.fieldErrors());
            return projects(user, model);
        }
    }

    /** The top of the user's scope: the national union for an account that sees everything, else his own org. */
    private Long scopeRoot(CurrentUser user) {
        if (user.dataScope() == DataScope.ALL) {
            List<OrgSummary> chain = orgDirectory.selfAndAncestors(user.orgId());
            return chain.isEmpty() ? user.orgId() : chain.get(chain.size() - 1).id();
        }
        return user.orgId();
    }

    /** The active org and the active orgs below it, in tree order. */
    private List<OrgSummary> subtree(Long orgId) {
        List<OrgSummary> result = new ArrayList<>();
        List<OrgSummary> next = new ArrayList<>();
        orgDirectory.find(orgId).filter(OrgSummary::active).ifPresent(next::add);
        while (!next.isEmpty()) {
            OrgSummary org = next.remove(next.size() - 1);
            result.add(org);
            next.addAll(orgDirectory.childrenOf(org.id()));
        }
        result.sort(Comparator.comparing(OrgSummary::path));
        return result;
    }

    private static BigDecimal amount(String raw, String field) {
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal value = Money.parse(raw, field, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return value;
    }
}
