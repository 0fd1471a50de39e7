package org.workershome.congress;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.time.Times;

/** How congress pages answer a step: run it and redirect, a refusal as a flash message on the same page. */
public final class Steps {

    private Steps() {}

    /** Runs a step and redirects; a refusal comes back as a flash message on the same page. */
    public static String attempt(String target, RedirectAttributes redirect, Runnable step, String done) {
        try {
            step.run();
            if (done != null) {
                redirect.addFlashAttribute("done", done);
            }
        } catch (BusinessException e) {
            refuse(redirect, e);
        }
        return "redirect:" + target;
    }

    /** The refusal as a flash message; for invalid input the message of each field too. */
    public static void refuse(RedirectAttributes redirect, BusinessException e) {
        redirect.addFlashAttribute("refused", e.messageKey());
        redirect.addFlashAttribute("refusedArgs", e.args());
        if (e instanceof InvalidInput invalid) {
            redirect.addFlashAttribute("refusedFields", List.copyOf(invalid.fieldErrors().values()));
        }
    }

    /** A fresh token for the create forms of a page (see IdempotentSubmissions). */
    public static void newRequestToken(Model model) {
        model.addAttribute("requestToken", token());
    }

    /** A token of its own for a second create form on the same page (one key, one record). */
    public static String token() {
        return UUID.randomUUID().toString();
    }

    /** A time entered on a form, in the union's zone. */
    public static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(Times.ZONE).toInstant();
    }
}
