package org.workershome.core.account;

import org.workershome.core.form.Forms;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.error.InvalidInput;

/** Every signed-in user changes their own password here. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    static final String FORM = "accounts/password";

    private final AccountManagement management;
    private final MessageSource messages;

    private final Forms forms;

    PasswordController(AccountManagement management, MessageSource messages, Forms forms) {
        this.forms = forms;
        this.management = management;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", PasswordChange.empty());
        return FORM;
    }

    @PostMapping
    String change(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PasswordChange form,
            BindingResult result, RedirectAttributes redirect, org.springframework.ui.Model model,
            jakarta.servlet.http.HttpSession session) {
        return forms.submit(result, model, () -> {
            management.changeOwnPassword(user, form);
            session.removeAttribute(PasswordAge.EXPIRED);
            redirect.addFlashAttribute("flash",
                    messages.getMessage("account.password.changed", null, LocaleContextHolder.getLocale()));
            return "redirect:/account/password";
        }, () -> FORM);
    }
}
