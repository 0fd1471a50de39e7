package org.workershome.core.files;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * An upload over the servlet's limit is refused before any controller runs (so no controller advice with a
 * selector sees it): answer it like {@link UploadCheck} would, a 400 naming the field {@code file}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    private static final String KEY = "upload.error.tooLarge";

    private final MessageSource messages;
    private final JsonMapper json;

    UploadTooLarge(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String message = messages.getMessage(KEY, null, KEY, locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Map<String, Object> problem = Map.of("type", "about:blank",
                    "title", messages.getMessage("error.title.400", null, "Bad Request", locale),
                    "status", 400,
                    "detail", messages.getMessage("error.invalidInput", null, "error.invalidInput", locale),
                    "errors", List.of(Map.of("field", UploadCheck.FIELD, "message", message)));
            return new ModelAndView((model, req, response) -> {
                response.setStatus(400);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                json.writeValue(response.getOutputStream(), problem);
            });
        }
        ModelAndView page = new ModelAndView("error/error", Map.of("status", 400, "message", message));
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
