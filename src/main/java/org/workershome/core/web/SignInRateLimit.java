package org.workershome.core.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.workershome.core.WorkersHomeProperties;

/**
 * Sign-in attempts (the form and the API token) from one client address beyond
 * {@code workers-home.security.sign-ins-per-minute} are refused with 429 before any password is hashed — against
 * spraying one password over many accounts, which the per-account lockout does not stop. Runs before Spring Security.
 */
@Component
class SignInRateLimit extends OncePerRequestFilter implements Ordered {

    static final String BUCKET = "sign-in";

    private final RateLimits limits;
    private final RateLimits.Limit limit;
    private final ApiProblems problems;

    @org.springframework.beans.factory.annotation.Autowired
    SignInRateLimit(RateLimits limits, WorkersHomeProperties properties, ApiProblems problems) {
        this(limits, new RateLimits.Limit(properties.security().signInsPerMinute(), Duration.ofMinutes(1)), problems);
    }

    SignInRateLimit(RateLimits limits, RateLimits.Limit limit, ApiProblems problems) {
        this.limits = limits;
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return -200; // before Spring Security's filter chain (-100)
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !(path.equals("/login") || path.equals("/api/v1/auth/token"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limits.tryUse(BUCKET, request.getRemoteAddr(), limit)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().endsWith("/login")) {
            response.sendRedirect(request.getContextPath() + "/login?error=throttled");
            return;
        }
        problems.throttled(request, response, 60);
    }
}
