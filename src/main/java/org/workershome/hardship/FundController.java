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
import java.util.function.Supplier;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.form.Forms;
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
    private final Forms forms;

    FundController(FundManagement funds, FundReconciliation reconciliation, HardshipProjectManagement projects,
            HardshipQueries queries, PovertyLineManagement povertyLines, OrgDirectory orgDirectory,
            IdempotentSubmissions submissions, Access access, Forms forms) {
        this.forms = forms;
        this.funds = funds;
        this.reconciliation = reconciliation;
        this.projects = projects;
        this.queries = queries;
        this.povertyLines = povertyLines;
        this.orgDirectory = orgDirectory;
        this.submissions = submissions;
        this.access = access;
    }

    /** {@code requestToken}: a resent form opens the fund once. */
    record FundForm(Long orgId, Integer year, String name, String budget, String requestToken) {}

    record BudgetForm(String amount, String note, String requestToken) {}

    record AllocationForm(Long toOrgId, String amount, String note, String requestToken) {}

    record ReversalForm(String reason) {}

    record PovertyLineForm(String regionCode, String name, String monthlyLine) {}

    /** {@code requestToken}: a resent form applies once. */
    record ProjectForm(String name, AidType kind, String description, String budget, String requestToken) {}

    record DecisionForm(HardshipProject.Action action, String note) {}

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

    @PostMapping("/hardship/funds")
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("fundForm") FundForm form,
            BindingResult binding, Model model) {
        return forms.submit(binding, model, () -> {
            BigDecimal money = amount(form.budget(), "budget");
            Fund fund = submissions.submit(form.requestToken(), "hardship.fund",
                    () -> funds.createFund(user, form.orgId(), form.year(), form.name(), money), Fund::getId,
                    id -> Optional.of(funds.fund(Long.valueOf(id)))).value();
            return "redirect:/hardship/funds/" + fund.getId();
        }, () -> failed(model, "fund", () -> funds(user, model)));
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
            @ModelAttribute("reversalForm") ReversalForm form, BindingResult binding, Model model) {
        return forms.submit(binding, model, () -> {
            funds.reverse(user, id, entryId, form.reason());
            return "redirect:/hardship/funds/" + id + "?reversed";
        }, () -> {
            model.addAttribute("failedEntry", entryId);
            return failed(model, "reversal", () -> fund(user, id, model));
        });
    }

    @PostMapping("/hardship/funds/{id}/budget")
    String budget(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @ModelAttribute("budgetForm") BudgetForm form, BindingResult binding, Model model) {
        return forms.submit(binding, model, () -> {
            BigDecimal money = amount(form.amount(), "amount");
            submissions.submit(form.requestToken(), "hardship.budget",
                    () -> funds.addBudget(user, id, money, form.note()), Fund::getId,
                    fid -> Optional.of(funds.fund(Long.valueOf(fid))));
            return "redirect:/hardship/funds/" + id;
        }, () -> failed(model, "budget", () -> fund(user, id, model)));
    }

    @PostMapping("/hardship/funds/{id}/allocations")
    String allocate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @ModelAttribute("allocationForm") AllocationForm form, BindingResult binding, Model model) {
        return forms.submit(binding, model, () -> {
            BigDecimal money = amount(form.amount(), "amount");
            submissions.submit(form.requestToken(), "hardship.allocate",
                    () -> funds.allocate(user, id, form.toOrgId(), money, form.note()), Fund::getId,
                    fid -> Optional.of(funds.fund(Long.valueOf(fid))));
            return "redirect:/hardship/funds/" + id;
        }, () -> failed(model, "allocation", () -> fund(user, id, model)));
    }

    @PostMapping("/hardship/poverty-lines")
    String povertyLine(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("lineForm") PovertyLineForm form,
            BindingResult binding, Model model) {
        return forms.submit(binding, model, () -> {
            povertyLines.set(user, form.regionCode(), form.name(), amount(form.monthlyLine(), "monthlyLine"));
            return "redirect:/hardship/funds";
        }, () -> failed(model, "line", () -> funds(user, model)));
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

    @PostMapping("/hardship/projects")
    String applyProject(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("projectForm") ProjectForm form,
            BindingResult binding, Model model) {
        return forms.submit(binding, model, () -> {
            BigDecimal money = amount(form.budget(), "budget");
            submissions.submit(form.requestToken(), "hardship.project",
                    () -> projects.applyProject(user, form.name(), form.kind(), form.description(), money),
                    HardshipProject::getId, pid -> Optional.of(projects.project(Long.valueOf(pid))));
            return "redirect:/hardship/projects";
        }, () -> failed(model, "project", () -> projects(user, model)));
    }

    @PostMapping("/hardship/projects/{id}/actions")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @ModelAttribute("decisionForm") DecisionForm form, BindingResult binding, Model model) {
        return forms.submit(binding, model, () -> {
            projects.decideProject(user, id, form.action(), form.note());
            return "redirect:/hardship/projects";
        }, () -> {
            model.addAttribute("failedProject", id);
            return failed(model, "decision", () -> projects(user, model));
        });
    }

    /** Which of a page's forms was refused: its errors are shown there only. */
    static String failed(Model model, String form, Supplier<String> page) {
        model.addAttribute("failedForm", form);
        return page.get();
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
