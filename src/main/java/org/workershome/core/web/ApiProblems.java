package org.workershome.core.web;

import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.BusinessException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.workershome.core.account.TwoFactorRequired;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every API error as RFC 9457 {@code application/problem+json} with a localised {@code detail};
 * 400s name each bad field in {@code errors}. Also writes the 401/403 of the security filters.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public record FieldError(String field, String message) {}

    /** The problem+json of a business failure, for advices and filters outside {@code @RestController}s. */
    public ResponseEntity<ProblemDetail> of(BusinessException e) {
        return business(e);
    }

    /** Writes the problem+json of a business failure straight to a response (filters, resolved exceptions). */
    public void write(HttpServletResponse response, BusinessException e) throws IOException {
        write(response, business(e).getBody());
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<ProblemDetail> business(BusinessException e) {
        ProblemDetail problem = problem(e.status(), e.messageKey(), e.args());
        if (e instanceof InvalidInput invalid) {
            List<FieldError> errors = new ArrayList<>();
            invalid.fieldErrors().forEach((field, key) -> errors.add(new FieldError(field, text(key))));
            problem.setProperty("errors", errors);
        }
        return respond(problem);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        return fieldErrors(e.getBindingResult().getFieldErrors());
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidBind(BindException e) {
        return fieldErrors(e.getBindingResult().getFieldErrors());
    }

    private ResponseEntity<ProblemDetail> fieldErrors(List<org.springframework.validation.FieldError> fieldErrors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.invalidInput");
        List<FieldError> errors = fieldErrors.stream()
                .map(f -> new FieldError(f.getField(), messages.getMessage(f, LocaleContextHolder.getLocale())))
                .toList();
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    /** A form post or a plain body where a file upload belongs is a bad request too. */
    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            HandlerMethodValidationException.class, MultipartException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        return respond(problem(HttpStatus.BAD_REQUEST, "error.badRequest"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> authentication(AuthenticationException e) {
        return respond(authenticationProblem(e));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return respond(problem(HttpStatus.FORBIDDEN, "error.forbidden"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e) {
        return respond(problem(HttpStatus.CONFLICT, "error.staleVersion"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        BusinessException business = Errors.businessCause(e);
        if (business != null) {
            return business(business);
        }
        if (e instanceof ErrorResponse response) {
            HttpStatusCode status = response.getStatusCode();
            return respond(problem(HttpStatus.valueOf(status.value()), status.value() == 404 ? "error.notFound.page" : "error.badRequest"));
        }
        log.error("Unexpected API error", e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal"));
    }

    /** Entry point of the API chain: no or a bad token. */
    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        LocaleContextHolder.setLocale(apiLocale(request));
        write(response, authenticationProblem(e));
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        LocaleContextHolder.setLocale(apiLocale(request));
        write(response, problem(HttpStatus.FORBIDDEN, "error.forbidden"));
    }

    /** Too many attempts (a rate limit, before the DispatcherServlet): 429 with when to try again. */
    public void throttled(HttpServletRequest request, HttpServletResponse response, int retryAfterSeconds)
            throws IOException {
        LocaleContextHolder.setLocale(apiLocale(request));
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "error.throttled");
        problem.setProperty("code", "throttled");
        write(response, problem);
    }

    /** A request over the upload cap, answered before anything reads it. */
    public void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocaleContextHolder.setLocale(apiLocale(request));
        ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "error.page.413");
        problem.setProperty("code", "tooLarge");
        write(response, problem);
    }

    /** Before the DispatcherServlet runs: Chinese unless the client asks for English. */
    private static Locale apiLocale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") != null && "en".equals(request.getLocale().getLanguage())
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private ProblemDetail authenticationProblem(AuthenticationException e) {
        String key = e instanceof LockedException ? "error.accountLocked"
                : e instanceof DisabledException ? "error.accountDisabled"
                : e instanceof TwoFactorRequired ? "error.twoFactorRequired" : "error.unauthorized";
        ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED, key);
        problem.setProperty("code", key.substring("error.".length()));
        return problem;
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        json.writeValue(response.getOutputStream(), body);
    }

    private ProblemDetail problem(HttpStatus status, String key, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(key, args));
        problem.setTitle(text("error.title." + status.value(), status.getReasonPhrase()));
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    private ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
