package org.workershome.core.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.TwoFactor;
import org.workershome.core.error.InvalidInput;

/**
 * The second sign-in step: a code from the authenticator app, or — not enrolled yet — the QR code of a new secret
 * and a first code to confirm it. Also reached from the password page by anyone who wants a second factor.
 */
@Controller
class TwoFactorController {

    static final String VIEW = "accounts/two-factor";
    static final String NEW_SECRET = "workers-home.two-factor.secret";
    static final String WRONG_CODES = "workers-home.two-factor.wrong";

    private final TwoFactor twoFactor;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    TwoFactorController(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping(TwoFactorGate.PAGE)
    String page(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
        return show(user, session, model, null);
    }

    @PostMapping(TwoFactorGate.PAGE)
    String code(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpSession session = request.getSession();
        if (twoFactor.enrolled(user.accountId())) {
            if (!twoFactor.verify(user, code)) {
                return wrong(user, session, model);
            }
        } else {
            try {
                twoFactor.enrol(user, (String) session.getAttribute(NEW_SECRET), code);
            } catch (InvalidInput e) {
                return show(user, session, model, e.fieldErrors().get("code"));
            }
            session.removeAttribute(NEW_SECRET);
        }
        boolean signingIn = session.getAttribute(TwoFactor.PENDING) != null;
        session.removeAttribute(TwoFactor.PENDING);
        session.removeAttribute(WRONG_CODES);
        request.changeSessionId();
        if (!signingIn) {
            return "redirect:/me?twoFactor=on";
        }
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return "redirect:" + (saved == null ? "/me" : saved.getRedirectUrl());
    }

    private String wrong(CurrentUser user, HttpSession session, Model model) {
        int wrong = (session.getAttribute(WRONG_CODES) instanceof Integer n ? n : 0) + 1;
        if (wrong >= twoFactor.maxWrongCodes()) {
            twoFactor.tooManyWrongCodes(user);
            session.invalidate();
            SecurityContextHolder.clearContext();
            return "redirect:/login?error=locked";
        }
        session.setAttribute(WRONG_CODES, wrong);
        return show(user, session, model, "account.twoFactor.badCode");
    }

    private String show(CurrentUser user, HttpSession session, Model model, String error) {
        boolean enrolled = twoFactor.enrolled(user.accountId());
        model.addAttribute("enrolled", enrolled);
        model.addAttribute("error", error);
        model.addAttribute("signingIn", session.getAttribute(TwoFactor.PENDING) != null);
        if (!enrolled) {
            String secret = session.getAttribute(NEW_SECRET) instanceof String s ? s : twoFactor.newSecret();
            session.setAttribute(NEW_SECRET, secret);
            model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
            model.addAttribute("qr", QrSvg.of(twoFactor.otpauthUri(secret, user.getUsername()), 220, "two-factor-qr"));
        }
        return VIEW;
    }
}
