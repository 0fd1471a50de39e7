package org.workershome.core.module;

import java.util.Map;

import org.workershome.core.account.CurrentUser;

/**
 * A block of the worker's home page {@code /me}. Each module contributes its own (my appeals, my aid,
 * my courses…) as a bean; {@code /me} renders them in {@link #order()}.
 *
 * @see MeController
 */
public interface MeSection {

    /** Thymeleaf fragment, e.g. {@code "members/me :: profile"}. */
    String fragment();

    /** Model for the fragment, read in the user's scope. */
    Map<String, Object> model(CurrentUser user);

    default int order() {
        return 100;
    }
}
