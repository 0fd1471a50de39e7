package org.workershome.competitions;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.form.Forms;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgDirectory;

/** Competition pages: the list, a competition's page, the organiser's form and stage steps. */
@Controller
@RequestMapping("/competitions")
class CompetitionController {

    private final CompetitionManagement management;
    private final CompetitionPage page;
    private final IdempotentSubmissions submissions;
    private final OrgDirectory orgs;
    private final Access access;
    private final Forms forms;

    CompetitionController(CompetitionManagement management, CompetitionPage page, IdempotentSubmissions submissions,
            OrgDirectory orgs, Access access, Forms forms) {
        this.management = management;
        this.page = page;
        this.submissions = submissions;
        this.orgs = orgs;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("competitions", management.list());
        model.addAttribute("orgNames", orgs);
        model.addAttribute("mayOrganise", access.may(user, CompetitionsModule.MANAGE, user.orgId()));
        return "competitions/list";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        page.fill(user, management.get(id), model);
        return "competitions/detail";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.require(user, CompetitionsModule.MANAGE, user.orgId());
        return form(CompetitionForm.blank(), null, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") CompetitionForm form,
            BindingResult binding, Model model) {
        access.require(user, CompetitionsModule.MANAGE, user.orgId());
        return forms.submit(binding, model, () -> {
            Competition created = submissions.submit(form.requestToken(), "competition.create",
                    () -> management.create(user, user.orgId(), form.toDraft()), Competition::getId,
                    key -> Optional.of(management.get(Long.valueOf(key)))).value();
            return "redirect:/competitions/" + created.getId();
        }, () -> form(form, null, model));
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Competition competition = management.get(id);
        access.require(user, CompetitionsModule.MANAGE, competition.getOrgId());
        return form(CompetitionForm.from(competition), competition, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("form") CompetitionForm form, BindingResult binding, Model model) {
        Competition competition = management.get(id);
        return forms.submit(binding, model, () -> "redirect:/competitions/" + management.edit(user, id, form.toDraft()).getId(),
                () -> form(form, competition, model));
    }

    @PostMapping("/{id}/stage")
    String advance(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam CompetitionAction action, Model model) {
        return forms.submit(model, () -> {
            management.advance(user, id, action);
            return "redirect:/competitions/" + id;
        }, () -> detail(user, id, model));
    }

    private String form(CompetitionForm form, Competition competition, Model model) {
        model.addAttribute("form", form.requestToken() == null && competition == null
                ? new CompetitionForm(form.title(), form.theme(), form.kind(), form.level(), form.occupation(),
                        form.trimCount(), form.prizeCount(), form.finalistCount(), form.appealHours(), form.itemName(),
                        form.itemWeight(), form.itemMax(),
                        UUID.randomUUID().toString())
                : form);
        model.addAttribute("competition", competition);
        model.addAttribute("kinds", CompetitionKind.values());
        model.addAttribute("levels", CompetitionLevel.values());
        model.addAttribute("rows", java.util.stream.IntStream.range(0, CompetitionForm.ROWS).boxed().toList());
        return "competitions/form";
    }
}
