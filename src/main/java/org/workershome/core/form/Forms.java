package org.workershome.core.form;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.InvalidInput;

/**
 * The one way a page form is validated and answered. A controller binds the form record (Bean Validation with
 * message keys, {@code @NotBlank(message = "{org.name.required}")}) and hands the act to {@link #submit}: invalid
 * input — from binding, from validation or from a rule the service checks ({@link InvalidInput}, or a 4xx
 * {@link BusinessException} such as a state conflict) — puts {@link FormErrors} into the model as {@code errors}
 * and shows the form again (with status 409 for a conflict, 200 for field errors); the service's transaction has
 * rolled back, so nothing was written. Refusals of access
 * (403/404) are not form errors: they reach the error page.
 */
@Component
public class Forms {

    public static final String ERRORS = "errors";

    private final MessageSource messages;

    Forms(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Runs {@code act} (which answers the view, usually a redirect) when the binding has no errors; otherwise, or
     * when the act breaks a rule, answers {@code again} with the errors in the model.
     */
    public String submit(BindingResult binding, Model model, Supplier<String> act, Supplier<String> again) {
        FormErrors errors = errorsOf(binding);
        if (!errors.hasAny()) {
            try {
                return act.get();
            } catch (BusinessException e) {
                if (!isFormError(e)) {
                    throw e;
                }
                add(errors, e);
            }
        }
        model.addAttribute(ERRORS, errors);
        return again.get();
    }

    /** The same with errors the controller found itself (e.g. from its own reading of the binding). */
    public String submit(FormErrors found, Model model, Supplier<String> act, Supplier<String> again) {
        if (found.hasAny()) {
            model.addAttribute(ERRORS, found);
            return again.get();
        }
        return submit(model, act, again);
    }

    /** A form without binding (request parameters): the act alone decides. */
    public String submit(Model model, Supplier<String> act, Supplier<String> again) {
        try {
            return act.get();
        } catch (BusinessException e) {
            if (!isFormError(e)) {
                throw e;
            }
            FormErrors errors = FormErrors.none();
            add(errors, e);
            model.addAttribute(ERRORS, errors);
            return again.get();
        }
    }

    /**
     * An act on a record's page (a button, a small form there): done, a redirect to {@code target} with the message
     * key {@code done} as the flash attribute "done" (none when null); refused, {@code page} again with the errors.
     */
    public String step(Model model, RedirectAttributes redirect, Runnable act, String done, String target,
            Supplier<String> page) {
        return submit(model, () -> {
            act.run();
            if (done != null) {
                redirect.addFlashAttribute("done", done);
            }
            return "redirect:" + target;
        }, page);
    }

    /** The errors of binding and Bean Validation, each field's first, in the request's language. */
    public FormErrors errorsOf(BindingResult binding) {
        Locale locale = LocaleContextHolder.getLocale();
        FormErrors errors = FormErrors.none();
        binding.getFieldErrors().forEach(e -> errors.field(e.getField(), messages.getMessage(e, locale)));
        binding.getGlobalErrors().forEach(e -> errors.global(messages.getMessage(e, locale)));
        return errors;
    }

    /** Field messages of a rule the service checked (field → message key), for a form rendered by hand. */
    public FormErrors errorsOf(Map<String, String> fieldKeys) {
        Locale locale = LocaleContextHolder.getLocale();
        FormErrors errors = FormErrors.none();
        fieldKeys.forEach((field, key) -> errors.field(field, messages.getMessage(key, null, key, locale)));
        return errors;
    }

    private void add(FormErrors errors, BusinessException e) {
        if (e.status().value() != 400) {
            answerWith(e.status().value());
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (e instanceof InvalidInput invalid) {
            invalid.fieldErrors().forEach((field, key) -> errors.field(field, messages.getMessage(key, null, key, locale)));
        } else {
            errors.global(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
    }

    /** A refused act (a state conflict) is shown on the form, but the answer still says it was refused. */
    private static void answerWith(int status) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getResponse() != null) {
            request.getResponse().setStatus(status);
        }
    }

    private static boolean isFormError(BusinessException e) {
        int status = e.status().value();
        return status == 400 || status == 409 || status == 422;
    }
}
