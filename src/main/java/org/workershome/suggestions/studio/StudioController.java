package org.workershome.suggestions.studio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.form.Forms;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgDirectory;
import org.workershome.suggestions.SuggestionsModule;

/** The studio registry: the list, a studio's page with its keepers' forms, the registration form. */
@Controller
@RequestMapping("/studios")
class StudioController {

    private final StudioManagement management;
    private final IdempotentSubmissions submissions;
    private final OrgDirectory orgs;
    private final Access access;
    private final Forms forms;

    StudioController(StudioManagement management, IdempotentSubmissions submissions, OrgDirectory orgs, Access access,
            Forms forms) {
        this.management = management;
        this.submissions = submissions;
        this.orgs = orgs;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("studios", management.list());
        model.addAttribute("orgNames", orgs);
        model.addAttribute("mayRegister", access.may(user, SuggestionsModule.STUDIOS, user.orgId()));
        return "suggestions/studios";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Studio studio = management.get(id);
        boolean keeper = management.mayManage(user, studio);
        model.addAttribute("studio", studio);
        model.addAttribute("orgName", orgs.nameOf(studio.getOrgId()));
        model.addAttribute("keeper", keeper);
        model.addAttribute("candidates", keeper ? management.candidates(studio.getOrgId()) : java.util.List.of());
        model.addAttribute("resultKinds", ResultKind.values());
        model.addAttribute("today", management.today());
        return "suggestions/studio";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.require(user, SuggestionsModule.STUDIOS, user.orgId());
        return form(user, null, model);
    }

    @PostMapping
    String register(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String name,
            @RequestParam(required = false) Long leaderMemberId, @RequestParam(required = false) String field,
            @RequestParam(required = false) StudioLevel level, @RequestParam(required = false) LocalDate foundedOn,
            @RequestParam(required = false) String requestToken, Model model) {
        access.require(user, SuggestionsModule.STUDIOS, user.orgId());
        return forms.submit(model, () -> {
            Studio created = submissions.submit(requestToken, "studio.register", () -> management.register(user,
                    new StudioManagement.Draft(name, leaderMemberId, field, level, foundedOn)), Studio::getId,
                    key -> Optional.of(management.get(Long.valueOf(key)))).value();
            return "redirect:/studios/" + created.getId();
        }, () -> form(user, requestToken, model));
    }

    @PostMapping("/{id}/members")
    String join(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Long memberId, Model model, RedirectAttributes r) {
        return step(user, id, model, r, () -> management.join(user, id, memberId));
    }

    @PostMapping("/{id}/results")
    String result(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) ResultKind kind, @RequestParam(required = false) String title,
            @RequestParam(required = false) LocalDate achievedOn, Model model, RedirectAttributes r) {
        return step(user, id, model, r, () -> management.record(user, id, kind, title, achievedOn));
    }

    @PostMapping("/{id}/funds")
    String fund(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String source,
            @RequestParam(required = false) LocalDate receivedOn, Model model, RedirectAttributes r) {
        return step(user, id, model, r, () -> management.receive(user, id, number(amount, "amount",
                "suggestions.studio.fund.required"), source, receivedOn));
    }

    @PostMapping("/{id}/assessments")
    String assess(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String year, @RequestParam(required = false) String stars,
            @RequestParam(required = false) String note, Model model, RedirectAttributes r) {
        return step(user, id, model, r, () -> management.assess(user, id,
                integer(year, "year", "suggestions.studio.year.range"),
                integer(stars, "stars", "suggestions.studio.stars.range"), note));
    }

    private String step(CurrentUser user, Long id, Model model, RedirectAttributes redirect, Runnable act) {
        return forms.step(model, redirect, act, "suggestions.studio.saved", "/studios/" + id,
                () -> detail(user, id, model));
    }

    private String form(CurrentUser user, String token, Model model) {
        model.addAttribute("requestToken", token == null ? java.util.UUID.randomUUID().toString() : token);
        model.addAttribute("candidates", management.candidates(user.orgId()));
        model.addAttribute("levels", StudioLevel.values());
        return "suggestions/studio-form";
    }

    private static int integer(String text, String field, String key) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.field(field, key);
        }
    }

    private static BigDecimal number(String text, String field, String key) {
        try {
            return new BigDecimal(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.field(field, key);
        }
    }
}
