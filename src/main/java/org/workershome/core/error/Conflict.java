package org.workershome.core.error;

import org.springframework.http.HttpStatus;

/** The request is well-formed but the record's state does not allow it (409). */
public class Conflict extends BusinessException {

    public Conflict(String messageKey, Object... args) {
        super(HttpStatus.CONFLICT, messageKey, args);
    }
}
