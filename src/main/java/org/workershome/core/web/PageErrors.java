package org.workershome.core.web;

import org.workershome.core.error.BusinessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of page requests as localised pages, never a stack trace. For htmx requests the same message is
 * rendered as a fragment and retargeted to the page's message area.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private final org.springframework.context.MessageSource messages;

    PageErrors(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(BusinessException.class)
    ModelAndView business(BusinessException e, HttpServletRequest request, HttpServletResponse response) {
        return render(e.status().value(), e.messageKey(), e.args(), request, response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView stale(OptimisticLockingFailureException e, HttpServletRequest request, HttpServletResponse response) {
        return render(409, "error.staleVersion", new Object[0], request, response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // Spring Security turns these into the login page or the 403 page
        }
        BusinessException business = Errors.businessCause(e);
        if (business != null) {
            return business(business, request, response);
        }
        if (e instanceof org.springframework.beans.TypeMismatchException
                || e instanceof org.springframework.validation.BindException
                || e instanceof org.springframework.http.converter.HttpMessageNotReadableException
                || e instanceof org.springframework.web.multipart.MultipartException) {
            return render(400, "error.badRequest", new Object[0], request, response); // letters in a number field
        }
        if (e instanceof ErrorResponse errorResponse) {
            int status = errorResponse.getStatusCode().value();
            return render(status, status == 404 ? "error.notFound.page" : "error.badRequest", new Object[0], request, response);
        }
        log.error("Unexpected error on {}", request.getRequestURI(), e);
        return render(500, "error.internal", new Object[0], request, response);
    }

    private ModelAndView render(int status, String key, Object[] args, HttpServletRequest request,
            HttpServletResponse response) {
        boolean htmx = request.getHeader("HX-Request") != null;
        ModelAndView view = new ModelAndView(htmx ? "error/error :: message" : "error/error");
        view.addObject("status", ErrorPages.worded(status));
        view.addObject("message", messages.getMessage(key, args, key,
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        view.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        if (htmx) {
            response.setHeader("HX-Retarget", "#messages");
            response.setHeader("HX-Reswap", "innerHTML");
        }
        return view;
    }
}
