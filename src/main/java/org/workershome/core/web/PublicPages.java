package org.workershome.core.web;

import java.util.List;

/**
 * Pages a module serves to anyone, signed in or not (the news portal, following an appeal by tracking
 * number). A module declares them as a bean; everything else needs a signed-in user.
 */
@FunctionalInterface
public interface PublicPages {

    /** Ant-style path patterns, e.g. {@code /appeals/track}. */
    List<String> patterns();
}
