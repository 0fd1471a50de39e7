package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.Org;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.org.OrgManagement;
import org.workershome.core.time.Times;
import org.workershome.core.error.InvalidInput;

/** Pages for funds (ledger, allocation, reconciliation), 低保线, yearly figures and projects. */
@Controller
class FundController {

    private final AidManagement aid;
    private final HardshipManagement management;
    private final OrgManagement orgManagement;
    private final OrgDirectory orgDirectory;
    private final IdempotentSubmissions submissions;

    FundController(AidManagement aid, HardshipManagement management, OrgManagement orgManagement,
            OrgDirectory orgDirectory, IdempotentSubmissions submissions) {
        this.submissions = submissions;
        this.aid = aid;
        this.management = management;
        this.orgManagement = orgManagement;
        this.orgDirectory = orgDirectory;
    }

    @GetMapping("/hardship/funds")
    String funds(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<Fund> funds = aid.fundsInScope();
        Map<Long, String> balances = new LinkedHashMap<>();
        funds.forEach(f -> balances.put(f.getId(), Money.format(aid.balanceOf(f))));
        model.addAttribute("funds", funds);
        model.addAttribute("balances", balances);
        model.addAttribute("orgNames", orgDirectory);
        model.addAttribute("orgs", orgManagement.tree().stream().filter(Org::isActive).toList());
        model.addAttribute("year", LocalDate.now(Times.ZONE).getYear());
        model.addAttribute("lines", management.povertyLines());
        model.addAttribute("figures", aid.aidPerOrgAndYear());
        model.addAttribute("manager", AidManagement.mayManageFunds(user));
        return "hardship/funds";
    }

    @PostMapping("/hardship/funds")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String name,
            @RequestParam(required = false) String budget, Model model) {
        try {
            Fund fund = aid.createFund(user, orgId, year, name, amount(budget, "budget"));
            return "redirect:/hardship/funds/" + fund.getId();
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.fieldErrors());
            return funds(user, model);
        }
    }

    @GetMapping("/hardship/funds/{id}")
    String fund(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Fund fund = aid.fund(id);
        model.addAttribute("fund", fund);
        model.addAttribute("balance", Money.format(aid.balanceOf(fund)));
        List<FundEntry> ledger = aid.ledger(fund);
        model.addAttribute("ledger", ledger);
        model.addAttribute("reversedIds", aid.reversedIds(ledger));
        model.addAttribute("rec", aid.reconcile(id));
        model.addAttribute("orgNames", orgDirectory);
        String path = management.orgPath(fund.getOrgId());
        model.addAttribute("below", orgManagement.tree().stream().filter(Org::isActive)
                .filter(o -> o.getPath().startsWith(path) && !o.getPath().equals(path)).toList());
        model.addAttribute("manager", AidManagement.mayManageFunds(user));
        model.addAttribute("allocationToken", java.util.UUID.randomUUID().toString());
        model.addAttribute("budgetToken", java.util.UUID.randomUUID().toString());
        return "hardship/fund";
    }

    /** 冲正 of one ledger line, with the reason. */
    @PostMapping("/hardship/funds/{id}/entries/{entryId}/reversal")
    String reverse(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long entryId,
            @RequestParam(required = false) String reason, Model model) {
        try {
            aid.reverse(user, id, entryId, reason);
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
            submissions.submit(requestToken, "hardship.budget", () -> aid.addBudget(user, id, money, note), Fund::getId,
                    fid -> java.util.Optional.of(aid.fund(Long.valueOf(fid))));
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
            submissions.submit(requestToken, "hardship.allocate", () -> aid.allocate(user, id, toOrgId, money, note),
                    Fund::getId, fid -> java.util.Optional.of(aid.fund(Long.valueOf(fid))));
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
            management.setPovertyLine(user, regionCode, name, amount(monthlyLine, "monthlyLine"));
            return "redirect:/hardship/funds";
        } catch (InvalidInput e) {
            model.addAttribute("lineErrors", e.fieldErrors());
            return funds(user, model);
        }
    }

    @GetMapping("/hardship/projects")
    String projects(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<HardshipProject> list = aid.projectsInScope();
        Map<Long, List<AidManagement.Beneficiary>> beneficiaries = new LinkedHashMap<>();
        list.forEach(p -> beneficiaries.put(p.getId(), aid.beneficiaries(p)));
        model.addAttribute("projects", list);
        model.addAttribute("beneficiaries", beneficiaries);
        model.addAttribute("orgNames", orgDirectory);
        model.addAttribute("kinds", AidType.values());
        model.addAttribute("manager", AidManagement.mayManageFunds(user));
        model.addAttribute("myOrg", user.orgId());
        return "hardship/projects";
    }

    @PostMapping("/hardship/projects")
    String applyProject(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String name,
            @RequestParam(required = false) AidType kind, @RequestParam(required = false) String description,
            @RequestParam(required = false) String budget, Model model) {
        try {
            aid.applyProject(user, name, kind, description, amount(budget, "budget"));
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
            aid.decideProject(user, id, action, note);
            return "redirect:/hardship/projects";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.fieldErrors());
            return projects(user, model);
        }
    }

    private static BigDecimal amount(String raw, String field) {
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal value = HardshipController.decimal(raw, field, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return value;
    }
}
