package org.workershome.core.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.PasswordAge;
import org.workershome.core.account.TwoFactor;

/**
 * The sign-in steps after the password: a session that has passed the password but not yet the code is held on
 * {@code /login/two-factor}, then one with an expired password on {@code /account/password} (only sign-out and static
 * files pass besides). The password step marks the session ({@link #afterPassword}); each page clears its mark.
 */
class TwoFactorGate extends OncePerRequestFilter {

    static final String PAGE = "/login/two-factor";
    static final String PASSWORD_PAGE = "/account/password";
    private static final List<String> OPEN = List.of("/logout", "/css/", "/js/", "/img/", "/webjars/",
            "/favicon.ico", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(TwoFactor.PENDING) != null && !open(request, PAGE)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        if (session != null && session.getAttribute(PasswordAge.EXPIRED) != null && !open(request, PASSWORD_PAGE)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE + "?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean open(HttpServletRequest request, String page) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(page) || OPEN.stream().anyMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p));
    }

    /**
     * After the password: to the code page when the account needs one, else where the user was going (which the
     * gate turns into the password page when the password has expired).
     */
    static AuthenticationSuccessHandler afterPassword(TwoFactor twoFactor, PasswordAge passwordAge) {
        SavedRequestAwareAuthenticationSuccessHandler onwards = onwards();
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof CurrentUser user && passwordAge.expired(user)) {
                request.getSession().setAttribute(PasswordAge.EXPIRED, Boolean.TRUE);
            }
            if (needsCode(twoFactor, authentication)) {
                request.getSession().setAttribute(TwoFactor.PENDING, Boolean.TRUE);
                response.sendRedirect(request.getContextPath() + PAGE);
            } else {
                onwards.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** To the page the user first asked for (kept by the request cache), or to /me. */
    private static SavedRequestAwareAuthenticationSuccessHandler onwards() {
        SavedRequestAwareAuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();
        onwards.setDefaultTargetUrl("/me");
        onwards.setAlwaysUseDefaultTargetUrl(false);
        return onwards;
    }

    private static boolean needsCode(TwoFactor twoFactor, Authentication authentication) {
        return authentication.getPrincipal() instanceof CurrentUser user && twoFactor.required(user);
    }
}
