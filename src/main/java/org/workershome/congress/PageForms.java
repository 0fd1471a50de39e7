package org.workershome.congress;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.ui.Model;
import org.workershome.core.time.Times;

/** What congress pages put into their forms: request tokens for the create forms, times in the union's zone. */
public final class PageForms {

    private PageForms() {}

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
