package org.workershome.core.error;

import org.springframework.http.HttpStatus;

/** The record does not exist, or it lies outside the caller's data scope: both look the same. */
public class NotFound extends BusinessException {

    public NotFound(String what, Object id) {
        super(HttpStatus.NOT_FOUND, "error.notFound", what, id);
    }

    public static java.util.function.Supplier<NotFound> of(String what, Object id) {
        return () -> new NotFound(what, id);
    }
}
