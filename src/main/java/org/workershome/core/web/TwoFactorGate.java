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
import org.workershome.core.account.TwoFactor;

/**
 * Holds a session that has passed the password but not yet the code: every page but the code page, sign-out and
 * static files redirects to {@code /login/two-factor}. The password step marks the session
 * ({@link #afterPassword}); the code page clears the mark.
 */
class TwoFactorGate extends OncePerRequestFilter {

    static final String PAGE = "/login/two-factor";
    private static final List<String> OPEN = List.of(PAGE, "/logout", "/css/", "/js/", "/img/", "/webjars/",
            "/favicon.ico", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(TwoFactor.PENDING) != null && !open(request)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.stream().anyMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p));
    }

    /** After the password: to the code page when the account needs one, else where the user was going. */
    static AuthenticationSuccessHandler afterPassword(TwoFactor twoFactor) {
        SavedRequestAwareAuthenticationSuccessHandler onwards = onwards();
        return (request, response, authentication) -> {
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
