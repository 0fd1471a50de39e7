package org.workershome.core.web;

import org.workershome.core.error.BusinessException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path under {@code /api/} that no endpoint serves answers a problem+json 404 like every other API error,
 * not Boot's own error JSON; a wrong method on a real endpoint still answers 405. Pages keep the 404 page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownApiPaths {

    private final ApiProblems problems;

    UnknownApiPaths(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException e, HttpServletRequest request)
            throws NoResourceFoundException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e; // the localised 404 page
        }
        return problems.of(new BusinessException(HttpStatus.NOT_FOUND, "error.notFound.page"));
    }
}
