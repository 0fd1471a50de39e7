package org.workershome.core.files;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.workershome.core.web.ApiProblems;

/**
 * A multipart request over the servlet's hard cap cannot be read at all — not even its CSRF token — so it is answered
 * before anything reads it: 413 with the "file too large" page (or problem for the API), instead of the generic error
 * page the container would give. Tomcat swallows the unread body ({@code server.tomcat.max-swallow-size}) so the
 * browser sees the answer rather than a reset connection. Files under the cap get UploadCheck's per-file message.
 */
@Component
class OversizedUploads extends OncePerRequestFilter implements Ordered {

    private final long cap;
    private final ApiProblems problems;

    OversizedUploads(@Value("${spring.servlet.multipart.max-request-size:60MB}") DataSize cap, ApiProblems problems) {
        this.cap = cap.toBytes();
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return -300; // before the sign-in rate limit and Spring Security, which would read the body for the token
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase().startsWith("multipart/") || request.getContentLengthLong() <= cap;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.tooLarge(request, response);
        } else {
            // the error page as a GET without parameters: anything asking for a parameter would read the body
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.PAYLOAD_TOO_LARGE.value());
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            request.getRequestDispatcher("/error").forward(new Unread(request), response);
        }
    }

    /** The request as a plain GET whose body nobody can read. */
    private static final class Unread extends HttpServletRequestWrapper {

        Unread(HttpServletRequest request) {
            super(request);
        }

        @Override public String getMethod() { return "GET"; }
        @Override public String getContentType() { return null; }
        @Override public String getParameter(String name) { return null; }
        @Override public Map<String, String[]> getParameterMap() { return Map.of(); }
        @Override public Enumeration<String> getParameterNames() { return Collections.emptyEnumeration(); }
        @Override public String[] getParameterValues(String name) { return null; }
        @Override public Collection<Part> getParts() { return List.of(); }
        @Override public Part getPart(String name) { return null; }
    }
}
