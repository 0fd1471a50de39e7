package org.workershome.core.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.org.OrgManagement;
import org.workershome.core.scope.DataScope;
import org.workershome.core.error.InvalidInput;

/** Account administration: list, open, change, unlock, reset password, revoke tokens. */
@Controller
@RequestMapping("/accounts")
class AccountController {

    static final String LIST = "accounts/list";
    static final String NEW = "accounts/new";
    static final String EDIT = "accounts/edit";

    private final AccountManagement management;
    private final OrgManagement orgs;
    private final OrgDirectory orgNames;
    private final MessageSource messages;
    private final Clock clock;
    private final IdempotentSubmissions submissions;

    private final Access access;

    AccountController(AccountManagement management, OrgManagement orgs, OrgDirectory orgNames, MessageSource messages,
            Clock clock, IdempotentSubmissions submissions, Access access) {
        this.access = access;
        this.submissions = submissions;
        this.management = management;
        this.orgs = orgs;
        this.orgNames = orgNames;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every request of this controller needs ACCOUNT_ADMIN. */
    @ModelAttribute
    void requirePermission(@AuthenticationPrincipal CurrentUser user) {
        access.require(user, Permissions.ACCOUNT_ADMIN);
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @ModelAttribute("dataScopes")
    DataScope[] dataScopes() {
        return DataScope.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("accounts", management.search(q, page, AccountManagement.PAGE_SIZE)
                .map(a -> AccountRow.of(a, orgNames, clock)));
        return htmx != null ? LIST + " :: rows" : LIST;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new AccountDraft("", "", null, null, EnumSet.of(Role.WORKER), DataScope.SELF, "", ""));
        return newPage(UUID.randomUUID().toString(), model);
    }

    /** {@code requestToken} makes a second click or a resend over a bad network create one account. */
    @PostMapping
    String create(@Valid @ModelAttribute("form") AccountDraft form, BindingResult result,
            @RequestParam(required = false) String requestToken, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Account account = submissions.submit(requestToken, "account.create", () -> management.create(form),
                        Account::getId, id -> Optional.of(management.get(Long.valueOf(id)))).value();
                redirect.addFlashAttribute("flash", text("account.created", account.getUsername()));
                return "redirect:/accounts/" + account.getId() + "/edit";
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((field, key) -> result.rejectValue(field, key, key));
            }
        }
        return newPage(requestToken, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        Account account = management.get(id);
        model.addAttribute("form", AccountEdit.from(account));
        return editPage(account, model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") AccountEdit form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                management.update(id, form);
                redirect.addFlashAttribute("flash", text("common.saved"));
                return "redirect:/accounts/" + id + "/edit";
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((field, key) -> result.rejectValue(field, key, key));
            }
        }
        return editPage(management.get(id), model);
    }

    @PostMapping("/{id}/reset-two-factor")
    String resetTwoFactor(@PathVariable Long id, RedirectAttributes redirect) {
        management.resetTwoFactor(id);
        redirect.addFlashAttribute("flash", text("account.twoFactor.reset.done"));
        return "redirect:/accounts/" + id + "/edit";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable Long id, RedirectAttributes redirect) {
        management.unlock(id);
        redirect.addFlashAttribute("flash", text("account.unlocked"));
        return "redirect:/accounts/" + id + "/edit";
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable Long id, @RequestParam(defaultValue = "") String password, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            management.resetPassword(id, password);
        } catch (InvalidInput e) {
            Account account = management.get(id);
            model.addAttribute("form", AccountEdit.from(account));
            model.addAttribute("resetError", text(e.fieldErrors().get("password")));
            response.setStatus(400);
            return editPage(account, model);
        }
        redirect.addFlashAttribute("flash", text("account.passwordReset"));
        return "redirect:/accounts/" + id + "/edit";
    }

    @PostMapping("/{id}/revoke-tokens")
    String revokeTokens(@PathVariable Long id, RedirectAttributes redirect) {
        int revoked = management.revokeTokens(id);
        redirect.addFlashAttribute("flash", text("account.tokensRevoked", revoked));
        return "redirect:/accounts/" + id + "/edit";
    }

    private String newPage(String requestToken, Model model) {
        model.addAttribute("requestToken", requestToken);
        model.addAttribute("orgs", orgs.tree().stream().filter(o -> o.isActive()).toList());
        return NEW;
    }

    private String editPage(Account account, Model model) {
        model.addAttribute("account", AccountRow.of(account, orgNames, clock));
        model.addAttribute("twoFactor", management.usesTwoFactor(account.getId()));
        model.addAttribute("orgs", orgs.tree().stream().filter(o -> o.isActive()).toList());
        return EDIT;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
