package org.workershome.core.web;

import org.workershome.core.error.BusinessException;

/** Helpers shared by the page and API error handlers. */
final class Errors {

    private Errors() {}

    /**
     * A {@link BusinessException} wrapped by the persistence layer (e.g. the scope guard refusing a write
     * at flush time), or null.
     */
    static BusinessException businessCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessException b) {
                return b;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
