package org.workershome.core.files;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.workershome.core.web.ApiProblems;
import org.workershome.core.error.InvalidInput;


/**
 * An upload over the servlet's limit is refused before any controller runs (so no controller advice with a
 * selector sees it): answer it like {@link UploadCheck} would, a 400 naming the field {@code file}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    private static final String KEY = "upload.error.tooLarge";

    private final MessageSource messages;
    private final ApiProblems problems;

    UploadTooLarge(MessageSource messages, ApiProblems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(response, InvalidInput.field(UploadCheck.FIELD, KEY));
            return new ModelAndView(); // answered
        }
        String message = messages.getMessage(KEY, null, KEY, LocaleContextHolder.getLocale());
        ModelAndView page = new ModelAndView("error/error", Map.of("status", 400, "message", message));
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
