package org.workershome.core.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that reach the servlet container's error page (no handler: a wrong method, an unacceptable type, a
 * security refusal) get the same localised page as those {@link PageErrors} renders, whatever their status.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages implements ErrorViewResolver {

    /** Statuses with their own title and text in the bundles; the others share their class's. */
    private static final Set<Integer> WORDED = Set.of(400, 401, 403, 404, 409, 413, 429, 500);

    /** The status whose message keys ({@code error.title.*}, {@code error.page.*}) describe this one. */
    static int worded(int status) {
        return WORDED.contains(status) ? status : status >= 500 ? 500 : 400;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        ModelAndView view = new ModelAndView("error/error", Map.of("status", worded(status.value())));
        view.setStatus(status);
        return view;
    }
}
