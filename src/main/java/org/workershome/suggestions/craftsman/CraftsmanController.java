package org.workershome.suggestions.craftsman;

import java.util.List;
import java.util.Optional;

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
import org.workershome.core.org.Industry;
import org.workershome.core.org.OrgDirectory;
import org.workershome.suggestions.SuggestionsModule;

/** The talent pool, the nominations, a craftsman's page and the nomination form. */
@Controller
@RequestMapping("/craftsmen")
class CraftsmanController {

    private final CraftsmanManagement management;
    private final TalentPool pool;
    private final CraftsmanPage page;
    private final IdempotentSubmissions submissions;
    private final OrgDirectory orgs;
    private final Access access;
    private final Forms forms;

    CraftsmanController(CraftsmanManagement management, TalentPool pool, CraftsmanPage page,
            IdempotentSubmissions submissions, OrgDirectory orgs, Access access, Forms forms) {
        this.management = management;
        this.pool = pool;
        this.page = page;
        this.submissions = submissions;
        this.orgs = orgs;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping
    String pool(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q, @RequestParam(required = false) CraftsmanTitle title,
            @RequestParam(required = false) Industry industry, @RequestParam(required = false) Long region,
            @RequestParam(defaultValue = "0") int page, Model model) {
        TalentPool.Results results = pool.search(new TalentPool.Query(q, title, industry, region, page));
        model.addAttribute("results", results);
        model.addAttribute("titles", CraftsmanTitle.values());
        model.addAttribute("industries", Industry.values());
        List<OrgDirectory.OrgSummary> chain = user.orgId() == null ? List.of() : orgs.selfAndAncestors(user.orgId());
        model.addAttribute("regions", chain.isEmpty() ? List.of() : orgs.childrenOf(chain.get(chain.size() - 1).id()));
        model.addAttribute("orgNames", orgs);
        return "suggestions/craftsmen";
    }

    @GetMapping("/nominations")
    String nominations(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("craftsmen", management.list());
        model.addAttribute("orgNames", orgs);
        model.addAttribute("mayNominate", access.may(user, SuggestionsModule.CRAFTSMEN));
        return "suggestions/nominations";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        page.fill(user, pool.holder(id).orElseGet(() -> management.get(id)), model);
        return "suggestions/craftsman";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "false") boolean self,
            Model model) {
        boolean panel = access.may(user, SuggestionsModule.CRAFTSMEN, user.orgId());
        return form(user, CraftsmanForm.blank(self || !panel), model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") CraftsmanForm form,
            BindingResult binding, Model model) {
        return forms.submit(binding, model, () -> {
            Craftsman created = submissions.submit(form.requestToken(), "craftsman.nominate",
                    () -> form.self() ? management.nominateSelf(user, form.toDraft()) : management.nominate(user, form.toDraft()),
                    Craftsman::getId, key -> Optional.of(management.get(Long.valueOf(key)))).value();
            return "redirect:/craftsmen/" + created.getId();
        }, () -> form(user, form, model));
    }

    private String form(CurrentUser user, CraftsmanForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("titles", CraftsmanTitle.values());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("nominees", form.self() ? List.of() : management.nominees(user));
        return "suggestions/nominate";
    }
}
